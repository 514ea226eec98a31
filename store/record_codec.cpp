// Record <-> binary document data.
#include "store/record_codec.hpp"

#include <cstdint>
#include <vector>

#include "qadex/error.hpp"

namespace qadex::store {
namespace {

// Not '{': the JSON records of index format 1 are refused rather than misread.
constexpr char kRecordFormat = '\x04';

void put_length(std::string& out, std::size_t value) {
  while (value >= 0x80) {
    out += static_cast<char>((value & 0x7F) | 0x80);
    value >>= 7;
  }
  out += static_cast<char>(value);
}

void put(std::string& out, const std::string& value) {
  put_length(out, value.size());
  out += value;
}

void put(std::string& out, const std::vector<std::string>& values) {
  put_length(out, values.size());
  for (const auto& value : values) put(out, value);
}

// Reads the encoding front to back; every read checks that the bytes are there.
class Reader {
 public:
  explicit Reader(std::string_view data) : data_(data) {}

  void expect_format() {
    if (data_.empty() || data_[0] != kRecordFormat) fail("unknown leading byte");
    at_ = 1;
  }

  std::size_t length() {
    std::uint64_t value = 0;
    for (unsigned shift = 0; shift < 63; shift += 7) {  // 9 bytes: any length that fits
      if (at_ == data_.size()) fail("truncated");
      const auto byte = static_cast<unsigned char>(data_[at_++]);
      value |= static_cast<std::uint64_t>(byte & 0x7F) << shift;
      if (!(byte & 0x80)) {
        // Every length counts bytes (or strings of at least one byte) still to come.
        if (value > data_.size() - at_) fail("a length runs past the end");
        return static_cast<std::size_t>(value);
      }
    }
    fail("a length is too long");
  }

  void read(std::string& value) {
    const auto size = length();
    value.assign(data_.substr(at_, size));
    at_ += size;
  }

  void read(std::vector<std::string>& values) {
    values.resize(length());
    for (auto& value : values) read(value);
  }

  void expect_end() {
    if (at_ != data_.size()) fail("bytes after the last field");
  }

 private:
  [[noreturn]] static void fail(const std::string& why) {
    throw IndexError("a document's stored record is unreadable (" + why +
                     "); was this database written by qadex? Re-index into a new --db.");
  }

  std::string_view data_;
  std::size_t at_ = 0;
};

}  // namespace

std::string encode_record(const Record& record) {
  std::string out(1, kRecordFormat);
  for (const auto& field : kRecordFields) {
    if (field.text) {
      put(out, record.*field.text);
    } else {
      put(out, record.*field.list);
    }
  }
  return out;
}

Record decode_record(std::string_view data) {
  Reader reader(data);
  reader.expect_format();
  Record record;
  for (const auto& field : kRecordFields) {
    if (field.text) {
      reader.read(record.*field.text);
    } else {
      reader.read(record.*field.list);
    }
  }
  reader.expect_end();
  return record;
}

}  // namespace qadex::store
