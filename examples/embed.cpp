// A program that embeds qadex: index three records, search them, print the best answer.
// Build it against an installed qadex with find_package(qadex) (see CMakeLists.txt here).
#include <cstdlib>
#include <filesystem>
#include <iostream>

#include <qadex/qadex.hpp>

int main(int argc, char** argv) try {
  namespace fs = std::filesystem;
  const fs::path dir = argc > 1 ? fs::path(argv[1]) : fs::temp_directory_path() / "qadex-embed";
  fs::remove_all(dir);

  qadex::OpenOptions write;
  write.mode = qadex::OpenOptions::Mode::kWrite;
  auto index = qadex::Index::open(dir, write);
  index.add({.id = "back-1",
             .question = "What causes lower back stiffness?",
             .answer = "Lower back stiffness often comes from strained muscles or worn joints.",
             .focus = "Lower back pain",
             .qtype = "causes",
             .source = "example"});
  index.add({.id = "sleep-1",
             .question = "How can I sleep better?",
             .answer = "Keep regular hours and a dark, quiet bedroom.",
             .focus = "Insomnia",
             .qtype = "treatment",
             .source = "example"});
  index.add({.id = "skin-1",
             .question = "Why is my skin itchy?",
             .answer = "Dry skin and eczema are common causes of itching.",
             .focus = "Eczema",
             .qtype = "causes",
             .source = "example"});
  index.commit();

  const auto results = index.search("my lower back feels stiff in the morning");
  if (results.hits.empty()) {
    std::cerr << "embed: no hits\n";
    return EXIT_FAILURE;
  }
  for (const auto& hit : results.hits) {
    std::cout << hit.rank << ". " << hit.id << " (" << hit.score << "): " << hit.question << '\n';
  }
  fs::remove_all(dir);
  // The right answer must lead; the tests run this program and rely on the exit status.
  return results.hits.front().id == "back-1" ? EXIT_SUCCESS : EXIT_FAILURE;
} catch (const qadex::Error& e) {
  std::cerr << "embed: " << e.what() << '\n';
  return EXIT_FAILURE;
}
