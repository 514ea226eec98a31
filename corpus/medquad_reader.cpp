// MedQuAD XML: one <Document> per file, each QA pair a Record.
#include "corpus/medquad_reader.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <filesystem>
#include <initializer_list>
#include <optional>
#include <pugixml.hpp>
#include <string_view>
#include <vector>

#include "text/ascii.hpp"

namespace qadex::corpus {
namespace {

using Names = std::initializer_list<std::string_view>;

// Element and attribute names compare case-insensitively: the NINDS <doc> files spell
// <qaPairs>, <question>, <semanticGroup> where the others spell <QAPairs>, <Question>, ...
bool name_is(std::string_view have, Names names) {
  return std::any_of(names.begin(), names.end(),
                     [&](std::string_view want) { return text::iequals(have, want); });
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

// Appends text with runs of whitespace collapsed to one space and no leading space.
class CollapsedText {
 public:
  void append(std::string_view text) {
    for (char c : text) {
      if (text::is_space(c)) {
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

// Line numbers of byte offsets, from where the file's line breaks were before parsing (the
// parse is in place and rewrites the buffer).
class LineCounter {
 public:
  explicit LineCounter(std::string_view text) {
    for (std::size_t i = text.find('\n'); i != std::string_view::npos; i = text.find('\n', i + 1)) {
      breaks_.push_back(i);
    }
  }
  [[nodiscard]] std::size_t line_at(std::ptrdiff_t offset) const {
    if (offset < 0) return 0;  // pugixml could not tell
    const auto before =
        std::lower_bound(breaks_.begin(), breaks_.end(), static_cast<std::size_t>(offset));
    return 1 + static_cast<std::size_t>(before - breaks_.begin());
  }

 private:
  std::vector<std::size_t> breaks_;
};

// The whole file, or nullopt (reported) when it is larger than options().max_xml_bytes: a
// parsed file takes about three times its size in memory.
std::optional<std::string> read_bounded(std::istream& in, ReadContext& ctx) {
  const std::uint64_t max = ctx.options().max_xml_bytes;
  auto refuse = [&](std::string size) {
    ctx.skip_file(0, "file too large",
                  fmt::format("XML file is {} bytes, over the limit of {} bytes for one MedQuAD "
                              "file (MedQuAD's are at most a few KB; parsing takes about 3 times "
                              "the size in memory); to read it, raise --max-xml-bytes",
                              size, max));
    return std::nullopt;
  };
  if (ctx.file_size() > max) return refuse(std::to_string(ctx.file_size()));
  std::string data;
  std::array<char, 64 * 1024> chunk;
  while (in.read(chunk.data(), chunk.size()) || in.gcount() > 0) {
    data.append(chunk.data(), static_cast<std::size_t>(in.gcount()));
    if (data.size() > max) return refuse("more than " + std::to_string(max));  // a stream grew
  }
  return data;
}

// pugixml reads a NUL byte as the end of the text ("Start-end tags mismatch"), so they are
// found first and named.
constexpr std::string_view kNulAdvice =
    "; a NUL byte is not text (a damaged or partly binary file): remove it";

}  // namespace

void read_medquad(std::istream& in, const std::string& file, ReadContext& ctx) {
  std::optional<std::string> file_data = read_bounded(in, ctx);
  if (!file_data) return;
  std::string& data = *file_data;
  const LineCounter lines(data);
  // NUL bytes become spaces so that the rest of the file parses; the records they fall in
  // are skipped below, each naming the line.
  std::vector<std::size_t> nuls;
  for (std::size_t i = data.find('\0'); i != std::string::npos; i = data.find('\0', i + 1)) {
    nuls.push_back(i);
    data[i] = ' ';
  }
  pugi::xml_document doc;
  const pugi::xml_parse_result parsed = doc.load_buffer_inplace(data.data(), data.size());
  if (!parsed && !nuls.empty()) {
    const std::size_t line = lines.line_at(static_cast<std::ptrdiff_t>(nuls.front()));
    ctx.skip_file(line, "NUL byte",
                  fmt::format("NUL byte at line {}, where the XML cannot be read around it{}", line,
                              kNulAdvice));
    return;
  }
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
                              "--input-format or move the file out of the corpus folder",
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
      texts_below(umls, {"SemanticType"}, topic.semantic_types);
      break;
    }
  }
  texts_below(child(annotations, {"Synonyms"}), {"Synonym"}, topic.synonyms);
  topic.category = text_of(child(annotations, {"Category"}));

  std::vector<pugi::xml_node> pairs;
  for (pugi::xml_node pair : child(root, {"QAPairs"}).children()) {
    if (pair.type() == pugi::node_element && name_is(pair.name(), {"QAPair", "pair"})) {
      pairs.push_back(pair);
    }
  }
  // A NUL byte before the first pair is in what every record shares; one within a pair (up
  // to the next pair) spoils that record only.
  const auto pair_start = [&](std::size_t i) {
    return i < pairs.size() ? static_cast<std::size_t>(pairs[i].offset_debug()) : data.size();
  };
  if (!nuls.empty() && nuls.front() < pair_start(0)) {
    const std::size_t line = lines.line_at(static_cast<std::ptrdiff_t>(nuls.front()));
    ctx.skip_file(line, "NUL byte", fmt::format("NUL byte at line {}{}", line, kNulAdvice));
    return;
  }
  std::size_t position = 0;
  for (pugi::xml_node pair : pairs) {
    ++position;
    const auto nul = std::lower_bound(nuls.begin(), nuls.end(), pair_start(position - 1));
    if (nul != nuls.end() && *nul < pair_start(position)) {
      const std::size_t line = lines.line_at(static_cast<std::ptrdiff_t>(*nul));
      ctx.skip_record(line, fmt::format("QAPair #{}", position), "NUL byte",
                      fmt::format("NUL byte at line {}{}", line, kNulAdvice));
      continue;
    }
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
