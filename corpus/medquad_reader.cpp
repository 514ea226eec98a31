// MedQuAD XML: one <Document> per file, each QA pair a Record.
#include "corpus/medquad_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>
#include <filesystem>
#include <initializer_list>
#include <iterator>
#include <pugixml.hpp>
#include <string_view>
#include <vector>

namespace qadex::corpus {
namespace {

using Names = std::initializer_list<std::string_view>;

// Element and attribute names compare case-insensitively: the NINDS <doc> files spell
// <qaPairs>, <question>, <semanticGroup> where the others spell <QAPairs>, <Question>, ...
bool name_is(std::string_view have, Names names) {
  return std::any_of(names.begin(), names.end(), [&](std::string_view want) {
    return std::equal(have.begin(), have.end(), want.begin(), want.end(), [](char a, char b) {
      return std::tolower(static_cast<unsigned char>(a)) ==
             std::tolower(static_cast<unsigned char>(b));
    });
  });
}

pugi::xml_node child(pugi::xml_node node, Names names) {
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_element && name_is(c.name(), names)) return c;
  }
  return {};
}

std::string attribute(pugi::xml_node node, Names names) {
  for (pugi::xml_attribute a : node.attributes()) {
    if (name_is(a.name(), names)) return a.value();
  }
  return {};
}

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

// Appends text with runs of whitespace collapsed to one space and no leading space.
class CollapsedText {
 public:
  void append(std::string_view text) {
    for (char c : text) {
      if (is_space(c)) {
        pending_space_ = !out_.empty();
        continue;
      }
      if (pending_space_) out_ += ' ';
      pending_space_ = false;
      out_ += c;
    }
  }
  void separate() { pending_space_ = !out_.empty(); }
  [[nodiscard]] std::string take() { return std::move(out_); }

 private:
  std::string out_;
  bool pending_space_ = false;
};

void collect_text(pugi::xml_node node, CollapsedText& out) {
  for (pugi::xml_node n : node.children()) {
    if (n.type() == pugi::node_pcdata || n.type() == pugi::node_cdata) {
      out.append(n.value());
    } else if (n.type() == pugi::node_element) {
      out.separate();  // <a>x</a><b>y</b> reads "x y", not "xy"
      collect_text(n, out);
      out.separate();
    }
  }
}

// All text under `node`, whitespace collapsed and trimmed: the files' indentation and line
// breaks are layout, not content.
std::string text_of(pugi::xml_node node) {
  CollapsedText out;
  collect_text(node, out);
  return out.take();
}

// The non-empty texts of every element named `names` below `node`, in document order.
void texts_below(pugi::xml_node node, Names names, std::vector<std::string>& out) {
  for (pugi::xml_node c : node.children()) {
    if (c.type() != pugi::node_element) continue;
    if (name_is(c.name(), names)) {
      if (std::string text = text_of(c); !text.empty()) out.push_back(std::move(text));
    } else {
      texts_below(c, names, out);
    }
  }
}

// MedQuAD's folders are named <n>_<source>_QA (8_NHLBI_QA_XML): the source for a file
// whose Document has no source attribute.
std::string source_from_folder(const std::string& file) {
  std::string name = std::filesystem::path(file).parent_path().filename().string();
  const std::size_t digits = name.find_first_not_of("0123456789");
  if (digits != 0 && digits != std::string::npos && name[digits] == '_') name.erase(0, digits + 1);
  for (std::string_view suffix : {"_QA_XML", "_QA"}) {
    if (name.size() > suffix.size() && name.ends_with(suffix)) {
      name.resize(name.size() - suffix.size());
      break;
    }
  }
  return name;
}

// Line numbers of offsets met in increasing order, counted once over the file.
class LineCounter {
 public:
  explicit LineCounter(std::string_view text) : text_(text) {}
  std::size_t line_at(std::ptrdiff_t offset) {
    if (offset < 0) return 0;  // pugixml could not tell
    const auto end = std::min(static_cast<std::size_t>(offset), text_.size());
    if (end < pos_) pos_ = 0, line_ = 1;
    line_ += static_cast<std::size_t>(std::count(text_.begin() + pos_, text_.begin() + end, '\n'));
    pos_ = end;
    return line_;
  }

 private:
  std::string_view text_;
  std::size_t pos_ = 0;
  std::size_t line_ = 1;
};

}  // namespace

void read_medquad(std::istream& in, const std::string& file, ReadContext& ctx) {
  const std::string data{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
  LineCounter lines(data);
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_buffer(data.data(), data.size());
  if (!parsed) {
    ctx.skip_file(lines.line_at(parsed.offset), "malformed XML",
                  fmt::format("malformed XML: {}; no record of this file can be read until it "
                              "is fixed",
                              parsed.description()));
    return;
  }
  const pugi::xml_node root = doc.document_element();
  if (!name_is(root.name(), {"Document", "doc", "DiseaseFile"})) {
    ctx.skip_file(lines.line_at(root.offset_debug()), "not a MedQuAD document",
                  fmt::format("root element <{}> is not a MedQuAD <Document>; give the right "
                              "--format or move the file out of the corpus folder",
                              root.name()));
    return;
  }
  const std::size_t root_line = lines.line_at(root.offset_debug());

  std::string doc_id = attribute(root, {"id", "docid", "fid"});
  if (doc_id.empty()) {
    doc_id = std::filesystem::path(file).stem().string();
    ctx.warn(
        root_line, root.name(), "no document id",
        fmt::format("<{}> has no id attribute; using the file name \"{}\"", root.name(), doc_id));
  }
  std::string source = attribute(root, {"source", "corpus"});
  if (source.empty()) {
    source = source_from_folder(file);
    ctx.warn(root_line, root.name(), "no source",
             fmt::format("<{}> has no source attribute; using \"{}\" from the folder name",
                         root.name(), source));
  }

  // What the file says about its focus applies to every pair. UMLS sits in
  // <FocusAnnotations> in most files, directly under the root in some.
  Record topic;
  topic.source = source;
  topic.url = attribute(root, {"url"});
  topic.focus = text_of(child(root, {"Focus", "doctitle-focus"}));
  const pugi::xml_node annotations = child(root, {"FocusAnnotations"});
  for (pugi::xml_node holder : {annotations, root}) {
    if (const pugi::xml_node umls = child(holder, {"UMLS"})) {
      texts_below(umls, {"CUI"}, topic.cuis);
      topic.semantic_group = text_of(child(umls, {"SemanticGroup"}));
      break;
    }
  }
  texts_below(child(annotations, {"Synonyms"}), {"Synonym"}, topic.synonyms);

  std::size_t position = 0;
  for (pugi::xml_node pair : child(root, {"QAPairs"}).children()) {
    if (pair.type() != pugi::node_element || !name_is(pair.name(), {"QAPair", "pair"})) continue;
    ++position;
    const pugi::xml_node question = child(pair, {"Question"});
    Record record = topic;
    record.id = fmt::format("{}_{}_Sec{}", source, doc_id, position);
    record.question = text_of(question);
    record.qtype = attribute(question, {"qtype"});
    record.answer = text_of(child(pair, {"Answer"}));
    ctx.emit(std::move(record), lines.line_at(pair.offset_debug()),
             fmt::format("QAPair #{}", position), DuplicateIds::kRename);
  }
}

}  // namespace qadex::corpus
