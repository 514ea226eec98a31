// Hunspell behind a mutex: a Hunspell object is not safe to share between threads.
#include "text/hunspell_speller.hpp"

#include <hunspell.hxx>

#include <filesystem>
#include <mutex>

namespace qadex::text {

struct HunspellSpeller::Impl {
  std::unique_ptr<Hunspell> hunspell;
  std::mutex mutex;
};

const HunspellSpeller& HunspellSpeller::builtin() {
  static const HunspellSpeller speller(QADEX_HUNSPELL_AFF, QADEX_HUNSPELL_DIC,
                                       {QADEX_HUNSPELL_MEDICAL_DIC});
  return speller;
}

HunspellSpeller::HunspellSpeller(const std::string& aff, const std::string& dic,
                                 const std::vector<std::string>& more_dics)
    : impl_(std::make_unique<Impl>()) {
  std::error_code error;
  if (!std::filesystem::is_regular_file(aff, error) ||
      !std::filesystem::is_regular_file(dic, error)) {
    return;
  }
  impl_->hunspell = std::make_unique<Hunspell>(aff.c_str(), dic.c_str());
  for (const auto& more : more_dics) {
    if (std::filesystem::is_regular_file(more, error)) impl_->hunspell->add_dic(more.c_str());
  }
}

HunspellSpeller::~HunspellSpeller() = default;

bool HunspellSpeller::available() const { return impl_->hunspell != nullptr; }

std::vector<std::string> HunspellSpeller::suggest(std::string_view word) const {
  if (!impl_->hunspell) return {};
  const std::lock_guard lock(impl_->mutex);
  return impl_->hunspell->suggest(std::string(word));
}

}  // namespace qadex::text
