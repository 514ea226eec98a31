// Related questions ("people also asked"): the same focus's other types first, in reading
// order, then similar questions; never the hit, the page's hits or two alike.
#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <string>
#include <vector>

#include "qadex/corpus.hpp"
#include "qadex/index.hpp"
#include "tests/unit/temp_dir.hpp"

using qadex::testing::TempDir;

namespace {

qadex::Record make(std::string id, std::string question, std::string focus, std::string qtype,
                   std::string source = "test") {
  qadex::Record record;
  record.id = std::move(id);
  record.question = std::move(question);
  record.answer = "An answer to: " + record.question;
  record.focus = std::move(focus);
  record.qtype = std::move(qtype);
  record.source = std::move(source);
  return record;
}

// Back pain in four types (symptoms twice, from two sources), neck pain and sleep.
qadex::Index related_index(const TempDir& dir) {
  qadex::OpenOptions options;
  options.mode = qadex::OpenOptions::Mode::kWrite;
  auto index = qadex::Index::open(dir.path(), options);
  index.add(make("back-treat", "How is back pain treated?", "Back pain", "treatment"));
  index.add(make("back-outlook", "What is the outlook for back pain?", "Back pain", "outlook"));
  index.add(make("back-causes", "What causes back pain?", "Back pain", "causes"));
  index.add(make("back-symptoms", "What are the symptoms of back pain?", "Back pain", "symptoms"));
  index.add(make("back-symptoms-2", "What are the signs of back pain?", "Back pain", "symptoms",
                 "other"));
  index.add(make("neck-treat", "How is neck pain treated?", "Neck pain", "treatment"));
  index.add(make("sleep", "How can I sleep better?", "Insomnia", "treatment"));
  index.commit();
  return index;
}

std::vector<std::string> related_ids(const qadex::Hit& hit) {
  std::vector<std::string> ids;
  for (const auto& related : hit.related) ids.push_back(related.id);
  return ids;
}

}  // namespace

TEST_CASE("related questions: same focus in reading order, then similar questions",
          "[query][related][unit]") {
  TempDir dir;
  const auto index = related_index(dir);
  qadex::SearchOptions options;
  options.limit = 1;
  options.related = 5;
  const auto results = index.search("How is back pain treated?", options);
  REQUIRE(results.hits.size() == 1);
  REQUIRE(results.hits[0].id == "back-treat");
  // Symptoms once (the second symptoms record is the same focus and type), causes, outlook;
  // then the most similar question about another focus.
  CHECK(related_ids(results.hits[0]) ==
        std::vector<std::string>{"back-symptoms", "back-causes", "back-outlook", "neck-treat"});
  const auto& first = results.hits[0].related[0];
  CHECK(first.question == "What are the symptoms of back pain?");
  CHECK(first.focus == "Back pain");
  CHECK(first.qtype == "symptoms");
}

TEST_CASE("related questions leave out the page's hits and stop at the count asked",
          "[query][related][unit]") {
  TempDir dir;
  const auto index = related_index(dir);
  qadex::SearchOptions options;
  options.limit = 2;
  options.related = 2;
  options.filters = {{"qtype", "treatment"}};
  const auto results = index.search("How is back pain treated?", options);
  REQUIRE(results.hits.size() == 2);
  CHECK(results.hits[1].id == "neck-treat");
  CHECK(related_ids(results.hits[0]) == std::vector<std::string>{"back-symptoms", "back-causes"});
  // The neck record has no other types, and no question but the page's back-treat shares two
  // of its words ("pain" alone does not make "What causes back pain?" similar): none.
  CHECK(results.hits[1].related.empty());

  options.related = 0;
  CHECK(index.search("How is back pain treated?", options).hits[0].related.empty());
  // Asking for more than there is (the sleep record shares no question word): what there is.
  options.related = 100;
  options.limit = 1;
  options.filters.clear();
  CHECK(index.search("How is back pain treated?", options).hits[0].related.size() == 4);
  // Ids only (a TREC run) still gets them.
  options.content = qadex::HitContent::kId;
  CHECK(index.search("How is back pain treated?", options).hits[0].related.size() == 4);
}

TEST_CASE("on MedQuAD, a hit about back pain treatment gets back pain's other questions",
          "[query][related][shared-data]") {
  const auto folder = std::filesystem::path(QADEX_SHARED_DATA) / "medquad" / "6_NINDS_QA";
  if (!std::filesystem::is_directory(folder)) {
    WARN(folder.string() << " not found: skipped");
    return;
  }
  TempDir dir;
  {
    qadex::OpenOptions write;
    write.mode = qadex::OpenOptions::Mode::kWrite;
    auto index = qadex::Index::open(dir.path(), write);
    (void)qadex::read_corpus({folder}, {}, [&](qadex::Record&& record) { index.add(record); });
    index.commit();
  }
  const auto index = qadex::Index::open(dir.path());
  qadex::SearchOptions options;
  options.limit = 1;  // so that Back Pain's other records are not on the page
  options.related = 3;
  const auto results = index.search("What are the treatments for back pain?", options);
  const auto hit = std::find_if(results.hits.begin(), results.hits.end(), [](const auto& h) {
    return h.focus == "Back Pain" && h.qtype == "treatment";
  });
  REQUIRE(hit != results.hits.end());
  REQUIRE(hit->related.size() == 3);
  // NINDS has Back Pain's information, treatment, outlook and research: the other three, in
  // reading order.
  std::vector<std::string> qtypes;
  for (const auto& related : hit->related) {
    INFO(related.id << ": " << related.question);
    CHECK(related.focus == "Back Pain");
    qtypes.push_back(related.qtype);
  }
  CHECK(qtypes == std::vector<std::string>{"outlook", "information", "research"});
}

TEST_CASE("related questions leave out records alike to any hit on the page",
          "[query][related][unit]") {
  TempDir dir;
  const auto index = related_index(dir);
  qadex::SearchOptions options;
  options.limit = 2;
  options.related = 5;
  const auto results = index.search("What are the signs of back pain? How is it treated?", options);
  REQUIRE(results.hits.size() == 2);
  INFO(results.hits[0].id << " " << results.hits[1].id);
  CHECK(results.hits[0].id == "back-symptoms-2");
  CHECK(results.hits[1].id == "back-treat");
  // back-symptoms is the same focus and type as the first hit, shown already.
  for (const auto& hit : results.hits) {
    for (const auto& related : hit.related) CHECK(related.id != "back-symptoms");
  }
}
