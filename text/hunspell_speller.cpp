// Hunspell behind a mutex: a Hunspell object is not safe to share between threads.
#include "text/hunspell_speller.hpp"

#include <hunspell.hxx>

#include <filesystem>
#include <mutex>
#include <string>
#include <unordered_map>
#include <vector>

namespace qadex::text {

struct HunspellSpeller::Impl {
  std::string aff;
  std::string dic;
  std::vector<std::string> more_dics;
  std::once_flag read;
  std::unique_ptr<Hunspell> hunspell;  // null until read, or if a file is missing
  std::mutex mutex;                    // guards `hunspell` and `asked`
  // Words asked about and Hunspell's answers. A search that a writer's commits overtake starts
  // over and asks again, and a server is asked the same words again and again: at tens of
  // milliseconds each, behind one mutex, four clients searching misspelt subject lines while
  // `qadex index` committed got 2 of 128 searches refused (bench_serve_smoke). Emptied when
  // full, which bounds it.
  static constexpr std::size_t kMaxAsked = 4096;
  std::unordered_map<std::string, std::vector<std::string>> asked;

  // Reads the dictionaries the first time a caller needs them: most searches never do, and
  // they take a tenth of a second and 15 MiB.
  Hunspell* get() {
    std::call_once(read, [&] {
      std::error_code error;
      if (!std::filesystem::is_regular_file(aff, error) ||
          !std::filesystem::is_regular_file(dic, error)) {
        return;
      }
      hunspell = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
      for (const auto& more : more_dics) {
        if (std::filesystem::is_regular_file(more, error)) hunspell->add_dic(more.c_str());
      }
    });
    return hunspell.get();
  }
};

const HunspellSpeller& HunspellSpeller::builtin() {
  static const HunspellSpeller speller(QADEX_HUNSPELL_AFF, QADEX_HUNSPELL_DIC,
                                       {QADEX_HUNSPELL_MEDICAL_DIC});
  return speller;
}

HunspellSpeller::HunspellSpeller(const std::string& aff, const std::string& dic,
                                 const std::vector<std::string>& more_dics)
    : impl_(std::make_unique<Impl>()) {
  impl_->aff = aff;
  impl_->dic = dic;
  impl_->more_dics = more_dics;
}

HunspellSpeller::~HunspellSpeller() = default;

bool HunspellSpeller::available() const { return impl_->get() != nullptr; }

std::vector<std::string> HunspellSpeller::suggest(std::string_view word) const {
  auto* hunspell = impl_->get();
  if (hunspell == nullptr) return {};
  const std::lock_guard lock(impl_->mutex);
  std::string key(word);
  if (const auto found = impl_->asked.find(key); found != impl_->asked.end()) return found->second;
  auto suggestions = hunspell->suggest(key);
  if (impl_->asked.size() >= Impl::kMaxAsked) impl_->asked.clear();
  impl_->asked.emplace(std::move(key), suggestions);
  return suggestions;
}

}  // namespace qadex::text
