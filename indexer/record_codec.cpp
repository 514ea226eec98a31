// Record <-> JSON document data.
#include "indexer/record_codec.hpp"

#include <nlohmann/json.hpp>

#include "qadex/error.hpp"

namespace qadex::indexer {
namespace {

void put(nlohmann::json& object, const char* key, const std::string& value) {
  if (!value.empty()) object[key] = value;
}

void put(nlohmann::json& object, const char* key, const std::vector<std::string>& values) {
  if (!values.empty()) object[key] = values;
}

}  // namespace

std::string encode_record(const Record& record) {
  nlohmann::json object = nlohmann::json::object();
  object["id"] = record.id;
  put(object, "question", record.question);
  object["answer"] = record.answer;
  put(object, "focus", record.focus);
  put(object, "synonyms", record.synonyms);
  put(object, "qtype", record.qtype);
  put(object, "source", record.source);
  put(object, "url", record.url);
  put(object, "cuis", record.cuis);
  put(object, "semantic_group", record.semantic_group);
  return object.dump();
}

Record decode_record(const std::string& data) {
  try {
    const auto object = nlohmann::json::parse(data);
    Record record;
    record.id = object.at("id").get<std::string>();
    record.question = object.value("question", "");
    record.answer = object.value("answer", "");
    record.focus = object.value("focus", "");
    record.synonyms = object.value("synonyms", std::vector<std::string>{});
    record.qtype = object.value("qtype", "");
    record.source = object.value("source", "");
    record.url = object.value("url", "");
    record.cuis = object.value("cuis", std::vector<std::string>{});
    record.semantic_group = object.value("semantic_group", "");
    return record;
  } catch (const nlohmann::json::exception& e) {
    throw IndexError(std::string("a document's stored record is unreadable (") + e.what() +
                     "); was this database written by qadex? Re-index into a new --db.");
  }
}

}  // namespace qadex::indexer
