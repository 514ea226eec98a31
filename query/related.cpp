// Related questions: the same focus's other question types first, then similar questions.
#include "query/related.hpp"

#include <algorithm>
#include <array>
#include <set>
#include <string>
#include <string_view>
#include <utility>

#include "store/record_codec.hpp"
#include "store/schema.hpp"
#include "text/ascii.hpp"

namespace qadex::query {
namespace {

// The order a reader goes through a condition (MedQuAD's question types); any other type
// comes after these.
constexpr auto kReadingOrder = std::to_array<std::string_view>(
    {"symptoms", "causes", "exams and tests", "treatment", "outlook",
     "when to contact a medical professional", "information", "prevention", "complications",
     "susceptibility", "frequency", "inheritance", "genetic changes", "stages", "research",
     "considerations", "support groups"});

// A focus can have thousands of records in a large corpus; its first ones are enough to find
// one per question type.
constexpr Xapian::doccount kMaxSameFocus = 500;

// Question words a similar question must share with the hit's question.
constexpr std::size_t kMinSharedTerms = 2;

std::size_t reading_position(std::string_view qtype) {
  return static_cast<std::size_t>(std::find(kReadingOrder.begin(), kReadingOrder.end(), qtype) -
                                  kReadingOrder.begin());
}

// The terms of `doc`'s question field ("XQback", not "XQTYPE:treatment").
std::vector<std::string> question_terms(const Xapian::Document& doc) {
  const std::string prefix(schema::kQuestion.prefix);
  std::vector<std::string> terms;
  auto term = doc.termlist_begin();
  for (term.skip_to(prefix); term != doc.termlist_end(); ++term) {
    const std::string name = *term;
    if (name.rfind(prefix, 0) != 0) break;
    const auto* field = schema::field_of_term(name);
    if (field && field->prefix == prefix) terms.push_back(name);
  }
  return terms;
}

// The record's own focus name term ("XMback pain"), or empty when it has none.
std::string main_name_term(const Xapian::Document& doc) {
  const std::string prefix(schema::kMainNamePrefix);
  auto term = doc.termlist_begin();
  term.skip_to(prefix);
  if (term == doc.termlist_end() || (*term).rfind(prefix, 0) != 0) return {};
  return *term;
}

// Collects related questions, each record once and no two alike.
class Collector {
 public:
  Collector(const Xapian::Document& hit, const Shown& page, std::size_t count)
      : page_(page.docids), seen_kinds_(page.kinds), count_(count) {
    seen_docids_.insert(hit.get_docid());
    seen_questions_.insert(text::lowercase(store::decode_record(hit.get_data()).question));
  }
  [[nodiscard]] bool full() const { return related_.size() >= count_; }
  [[nodiscard]] bool wants(Xapian::docid docid) const {
    return !page_.count(docid) && !seen_docids_.count(docid);
  }
  void offer(const Xapian::Document& doc) {
    if (full() || !wants(doc.get_docid())) return;
    seen_docids_.insert(doc.get_docid());
    if (!seen_kinds_.insert(doc.get_value(schema::kCollapseSlot)).second) return;
    auto record = store::decode_record(doc.get_data());
    if (record.question.empty()) return;
    if (!seen_questions_.insert(text::lowercase(record.question)).second) return;
    related_.push_back({std::move(record.id), std::move(record.question), std::move(record.focus),
                        std::move(record.qtype)});
  }
  [[nodiscard]] std::vector<RelatedQuestion> take() { return std::move(related_); }

 private:
  const std::set<Xapian::docid>& page_;
  std::set<std::string> seen_kinds_;  // collapse keys: focus|type, or the answer's hash
  std::size_t count_;
  std::set<Xapian::docid> seen_docids_;
  std::set<std::string> seen_questions_;  // lower-cased
  std::vector<RelatedQuestion> related_;
};

void add_same_focus(const Xapian::Database& db, const std::string& focus_term,
                    const std::string& hit_qtype, Collector& collector) {
  std::vector<std::pair<std::size_t, Xapian::docid>> by_order;
  Xapian::doccount seen = 0;
  // Postings come in docid order, so one value stream reads their types without opening
  // each document.
  auto qtypes = db.valuestream_begin(schema::kQtype.slot);
  const auto no_more_qtypes = db.valuestream_end(schema::kQtype.slot);
  for (auto posting = db.postlist_begin(focus_term);
       posting != db.postlist_end(focus_term) && seen < kMaxSameFocus; ++posting, ++seen) {
    const auto docid = *posting;
    if (!collector.wants(docid)) continue;
    if (qtypes == no_more_qtypes) break;  // the rest have no type
    qtypes.skip_to(docid);
    if (qtypes == no_more_qtypes || qtypes.get_docid() != docid) continue;
    const auto qtype = text::lowercase(*qtypes);
    if (qtype == hit_qtype) continue;
    by_order.emplace_back(reading_position(qtype), docid);
  }
  std::sort(by_order.begin(), by_order.end());
  for (const auto& [position, docid] : by_order) {
    if (collector.full()) return;
    collector.offer(db.get_document(docid));
  }
}

void add_similar(const Xapian::Database& db, const Xapian::Document& hit,
                 const std::string& focus_term, std::size_t page_size, Collector& collector) {
  const auto terms = question_terms(hit);
  if (terms.empty()) return;
  Xapian::Query query(Xapian::Query::OP_OR, terms.begin(), terms.end());
  if (!focus_term.empty()) {
    query = Xapian::Query(Xapian::Query::OP_AND_NOT, query, Xapian::Query(focus_term));
  }
  Xapian::Enquire enquire(db);
  enquire.set_query(query);
  enquire.set_collapse_key(schema::kCollapseSlot);  // one record per focus and type
  // Enough to fill the list past the page's hits and the duplicates that step 1 saw.
  const auto wanted = static_cast<Xapian::doccount>(page_size + 2 * kMaxRelated + 1);
  const auto mset = enquire.get_mset(0, wanted);
  // One shared word is not a similar question: "What causes lower back stiffness?" and
  // "How can I lower my blood pressure?" share "lower". Two are asked (one for a question of
  // one word).
  const std::set<std::string> asked(terms.begin(), terms.end());
  const auto needed = std::min<std::size_t>(kMinSharedTerms, asked.size());
  for (auto it = mset.begin(); it != mset.end() && !collector.full(); ++it) {
    const auto candidate = it.get_document();
    std::size_t shared = 0;
    for (const auto& term : question_terms(candidate)) shared += asked.count(term);
    if (shared >= needed) collector.offer(candidate);
  }
}

}  // namespace

Shown shown_on_page(const Xapian::Database& db, const std::vector<Xapian::docid>& page) {
  Shown shown;
  for (const auto docid : page) {
    shown.docids.insert(docid);
    shown.kinds.insert(db.get_document(docid).get_value(schema::kCollapseSlot));
  }
  return shown;
}

std::vector<RelatedQuestion> find_related(const Xapian::Database& db, const Xapian::Document& hit,
                                          const Shown& page, std::size_t count) {
  Collector collector(hit, page, std::min(count, kMaxRelated));
  if (collector.full()) return {};
  const auto focus_term = main_name_term(hit);
  if (!focus_term.empty()) {
    add_same_focus(db, focus_term, text::lowercase(hit.get_value(schema::kQtype.slot)), collector);
  }
  if (!collector.full()) add_similar(db, hit, focus_term, page.docids.size(), collector);
  return collector.take();
}

}  // namespace qadex::query
