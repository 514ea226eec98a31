// libFuzzer harness: the MedQuAD XML reader (corpus/medquad_reader.hpp). The file is named
// inside a MedQuAD-style folder, so a Document without a source attribute takes "Fuzz".
#include <cstddef>
#include <cstdint>
#include <istream>
#include <string>

#include "corpus/medquad_reader.hpp"
#include "reader_fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string kFile = "medquad/1_Fuzz_QA/0000001.xml";
  return qadex::fuzz::fuzz_reader(data, size, kFile,
                                  [](std::istream& in, qadex::corpus::ReadContext& ctx) {
                                    qadex::corpus::read_medquad(in, kFile, ctx);
                                  });
}
