// libFuzzer harness: the JSONL reader (corpus/jsonl_reader.hpp).
#include <cstddef>
#include <cstdint>

#include "corpus/jsonl_reader.hpp"
#include "reader_fuzz.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  return qadex::fuzz::fuzz_reader(data, size, "fuzz.jsonl", qadex::corpus::read_jsonl);
}
