// Emergency detection: which texts get the notice (query/emergency.hpp has the rule), on
// written phrasings and on every real consumer question of LiveQA 2017 and MEDIQA 2019.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "qadex/index.hpp"
#include "query/emergency.hpp"
#include "tests/unit/temp_dir.hpp"
#include "text/analyzer.hpp"

using qadex::query::EmergencyDetector;
using qadex::testing::TempDir;

TEST_CASE("the shipped emergency patterns are read whole", "[query][emergency][unit]") {
  qadex::text::Analyzer analyzer;
  const EmergencyDetector detector(analyzer);
  const auto notice = detector.detect("crushing chest pain and I can't breathe");
  REQUIRE(notice);
  CHECK(notice->reason == "chest pain with breathlessness");
  CHECK(notice->message == "This may be an emergency: call your local emergency number.");
  CHECK(notice->source.rfind("https://", 0) == 0);
}

TEST_CASE("a malformed pattern line is refused with its line number", "[query][emergency][unit]") {
  qadex::text::Analyzer analyzer;
  CHECK_THROWS_WITH(EmergencyDetector(analyzer, "# comment\nid\treason\tchest pain\n"),
                    Catch::Contains("line 2") && Catch::Contains("5 tab-separated"));
  CHECK_THROWS_WITH(EmergencyDetector(analyzer, "id\treason\tchest pain|?\tguidance\turl\n"),
                    Catch::Contains("has no words"));
}

TEST_CASE("texts that describe an emergency get the notice, look-alikes do not",
          "[query][emergency][unit]") {
  qadex::text::Analyzer analyzer;
  const EmergencyDetector detector(analyzer);
  // Each text, and the pattern it must match ("" for none).
  const std::pair<std::string_view, std::string_view> cases[] = {
      // Chest pain with breathlessness, in lay words, inflections and with another person.
      {"I have chest pain and shortness of breath", "heart-attack"},
      {"crushing chest pain, can't breathe", "heart-attack"},
      {"My husband has chest pains and is breathless", "heart-attack"},
      {"Pain in my chest and I am struggling to breathe. What should I do?", "heart-attack"},
      {"tightness in my chest and short of breath since an hour", "heart-attack"},
      {"Why do I have chest pressure and trouble breathing?", "heart-attack"},  // asks, about me
      {"my dad has chest pain going down his left arm", "heart-attack-spreading"},
      {"Chest pain and cold sweat, what is happening?", "heart-attack-spreading"},
      {"I think I am having a heart attack", "heart-attack-named"},
      // Stroke.
      {"My mother's face is drooping and her speech is slurred", "stroke-face-speech"},
      {"my grandpa is slurring his words", "stroke-face-speech"},
      {"Her face suddenly droops on one side", "stroke-face-speech"},
      {"My left leg suddenly went numb", "stroke-one-side"},
      {"I suddenly felt numbness in my left arm and face", "stroke-one-side"},
      {"My wife suddenly can't see out of one eye", "stroke-vision"},
      {"I think my father is having a stroke", "stroke-face-speech"},
      // Headache.
      {"I have the worst headache of my life", "thunderclap-headache"},
      {"sudden severe headache after lifting weights", "sudden-severe-headache"},
      // Breathing.
      {"My son can't breathe", "cannot-breathe"},
      {"my baby is having difficulty breathing", "cannot-breathe"},
      {"I cannot breathe properly and feel dizzy", "cannot-breathe"},
      {"my toddler's lips are blue", "cannot-breathe"},
      {"He stopped breathing for a moment", "cannot-breathe"},
      // Allergic reactions.
      {"My throat is swelling after a bee sting", "anaphylaxis"},
      {"her tongue swelled up after eating peanuts", "anaphylaxis"},
      {"I am having an anaphylactic reaction to shellfish", "anaphylaxis-named"},
      {"my throat is closing", "anaphylaxis-named"},
      // Bleeding.
      {"I cut my hand and I can't stop the bleeding", "severe-bleeding"},
      {"My nose is bleeding and it won't stop", "severe-bleeding-apart"},
      {"blood is spurting from the wound", "severe-bleeding"},
      {"my father is vomiting blood", "blood-vomit"},
      {"I coughed up blood this morning", "blood-vomit"},
      // Suicide and self-harm.
      {"I have been having suicidal thoughts", "suicidal-thoughts"},
      {"I want to end my life", "suicidal-thoughts"},
      {"Some days I just want to die", "suicidal-thoughts"},
      {"i dont want to live anymore", "suicidal-thoughts"},
      // Poison and overdose.
      {"My daughter swallowed bleach", "poisoning"},
      {"my 3 year old drank some antifreeze", "poisoning"},
      {"I think my brother overdosed on his pills", "overdose"},
      {"my son took too many pills", "overdose"},
      // Babies with fever, seizures, unconsciousness, head injuries, meningitis.
      {"my 2 month old baby has a fever of 39", "infant-fever"},
      {"Our newborn has a temperature of 38.5", "infant-fever"},
      {"my 6 weeks old son is febrile", "infant-fever"},
      {"He has had a seizure for 5 minutes", "long-seizure"},
      {"my daughter's seizures won't stop", "long-seizure"},
      {"my grandmother is unresponsive", "unconscious"},
      {"I can't wake my husband up", "unconscious"},
      {"My son hit his head and has been vomiting", "head-injury"},
      {"fever and a stiff neck and a rash on my legs", "meningitis"},
      {"Hello. My husband has chest pain and he is breathless. Please help.", "heart-attack"},

      // Negated: a negation shortly before, in the same clause.
      {"I have chest pain but no shortness of breath", ""},
      {"no chest pain, no trouble breathing", ""},
      {"I don't have trouble breathing", ""},
      {"I have a cough without fever", ""},
      {"The patient denies chest pain or breathlessness", ""},
      {"My 2 month old baby has no fever but a cough", ""},
      {"She never had a seizure lasting 5 minutes", ""},
      // Asking about a topic, not describing anyone.
      {"What is a stroke?", ""},
      {"How is anaphylaxis treated?", ""},
      {"What are the signs of a heart attack, like chest pain and shortness of breath?", ""},
      {"What is the overdose of acetaminophen?", ""},
      // Hypotheticals count: a notice costs little, a missed emergency much.
      {"what should I do if my child swallowed bleach?", "poisoning"},
      {"what if I can't breathe during an asthma attack?", "cannot-breathe"},
      {"I have chest pain when I breathe deeply", ""},  // breathing, not breathlessness
      // In the past.
      {"I had chest pain and shortness of breath two years ago, what causes it?", ""},
      {"My son had a seizure for 10 minutes last year; will it happen again?", ""},
      {"I have a history of suicidal thoughts", ""},
      {"By the time she got to the ICU she was unresponsive", ""},  // a story (LiveQA T1-32)
      {"I had chest pain and shortness of breath last week", ""},
      // Look-alikes.
      {"Where can I buy a chest of drawers?", ""},
      {"I can breathe fine but I have a cough", ""},
      {"bleeding gums when brushing", ""},
      {"my chest hurts when I cough", ""},      // chest pain alone is not one of the patterns
      {"I have had a fever for 2 months", ""},  // not a baby's age
      {"my 10 month old has a fever", ""},
      {"heavy periods with clots", ""},
      {"I hurt myself lifting boxes", ""},
      {"Food poisoning symptoms", ""},
      {"numbness in my feet", ""},
      {"My arm is weak after the flu shot", ""},
      {"headache every morning", ""},
      {"Literature on Cardiac amyloidosis", ""},
  };
  for (const auto& [text, id] : cases) {
    INFO(text);
    CHECK(detector.matching_pattern(text) == id);
  }
}

TEST_CASE("a search fills the emergency notice and still returns answers",
          "[query][emergency][unit]") {
  TempDir dir;
  qadex::OpenOptions options;
  options.mode = qadex::OpenOptions::Mode::kWrite;
  auto index = qadex::Index::open(dir.path(), options);
  qadex::Record record;
  record.id = "mi";
  record.question = "What are the symptoms of a heart attack?";
  record.answer = "Chest pain, shortness of breath and cold sweats.";
  index.add(record);
  index.commit();
  const auto results = index.search("I have chest pain and shortness of breath");
  REQUIRE(results.emergency);
  CHECK(results.emergency->reason == "chest pain with breathlessness");
  CHECK(results.hits.size() == 1);
  CHECK_FALSE(index.search("what are the symptoms of a heart attack?").emergency);
  qadex::SearchOptions plain;
  plain.ranking = qadex::RankingOptions::plain();
  CHECK(index.search("I have chest pain and shortness of breath", plain).emergency);
}

namespace {

// The few entities that LiveQA and MEDIQA questions carry.
std::string unescape(std::string text) {
  for (const auto& [entity, plain] : {std::pair{"&quot;", "\""},
                                      {"&apos;", "'"},
                                      {"&#39;", "'"},
                                      {"&lt;", "<"},
                                      {"&gt;", ">"},
                                      {"&amp;", "&"}}) {
    for (auto at = text.find(entity); at != std::string::npos; at = text.find(entity, at)) {
      text.replace(at, std::string_view(entity).size(), plain);
      ++at;
    }
  }
  return text;
}

// Every consumer question of ../shared/data: (file:qid or file:n, text).
std::vector<std::pair<std::string, std::string>> consumer_questions(
    const std::filesystem::path& root) {
  std::vector<std::pair<std::string, std::string>> questions;
  std::ifstream liveqa(root / "liveqa2017-train" / "questions.tsv");
  for (std::string line; std::getline(liveqa, line);) {
    const auto tab = line.find('\t');
    if (tab != std::string::npos) {
      questions.emplace_back("liveqa:" + line.substr(0, tab), unescape(line.substr(tab + 1)));
    }
  }
  for (const auto& entry : std::filesystem::directory_iterator(root / "mediqa2019-qa")) {
    if (entry.path().extension() != ".xml") continue;
    std::ifstream in(entry.path());
    std::stringstream buffer;
    buffer << in.rdbuf();
    const auto xml = buffer.str();
    const std::string open = "<QuestionText>";
    const std::string close = "</QuestionText>";
    std::size_t n = 0;
    for (auto at = xml.find(open); at != std::string::npos; at = xml.find(open, at)) {
      at += open.size();
      const auto end = xml.find(close, at);
      if (end == std::string::npos) break;
      questions.emplace_back(entry.path().filename().string() + ":" + std::to_string(++n),
                             unescape(xml.substr(at, end - at)));
    }
  }
  return questions;
}

}  // namespace

TEST_CASE("real consumer questions trigger the notice only where they describe an emergency",
          "[query][emergency][shared-data]") {
  const auto root = std::filesystem::path(QADEX_SHARED_DATA);
  if (!std::filesystem::is_directory(root / "liveqa2017-train") ||
      !std::filesystem::is_directory(root / "mediqa2019-qa")) {
    WARN(root.string() << " has no LiveQA or MEDIQA questions: skipped");
    return;
  }
  qadex::text::Analyzer analyzer;
  const EmergencyDetector detector(analyzer);
  const auto questions = consumer_questions(root);
  CHECK(questions.size() > 600);
  std::vector<std::string> triggered;
  for (const auto& [where, text] : questions) {
    if (const auto id = detector.matching_pattern(text); !id.empty()) {
      triggered.push_back(where + " " + id);
    }
  }
  std::string listed;
  for (const auto& one : triggered) listed += one + "\n";
  INFO(questions.size() << " questions; triggered:\n" << listed);
  // Each was read: plausible emergencies, one borderline.
  // T2-10: a relative swallowed caustic soda (in hospital); T2-118: a 3-year-old swallowed
  // bleach; T2-150: "they really want to die" in a question about assisted suicide (borderline);
  // T2-291: "What if someone throw up blood ... light headed and ... went to sleep".
  const std::vector<std::string> expected = {"liveqa:T2-10 poisoning", "liveqa:T2-118 poisoning",
                                             "liveqa:T2-150 suicidal-thoughts",
                                             "liveqa:T2-291 blood-vomit"};
  CHECK(triggered == expected);
}
