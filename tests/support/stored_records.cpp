#include "support/stored_records.hpp"

#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>

#include "support/redis_raw_client.hpp"

namespace kring::test {
namespace {

std::string text_of(const redisReply* reply) {
  if (reply == nullptr) return {};
  if (reply->type == REDIS_REPLY_STRING || reply->type == REDIS_REPLY_STATUS) {
    return std::string(reply->str, reply->len);
  }
  if (reply->type == REDIS_REPLY_INTEGER) return std::to_string(reply->integer);
  return {};
}

Reply checked(RawRedisClient& redis, const std::vector<std::string>& args) {
  Reply reply = redis.run(args);
  if (!reply || reply->type == REDIS_REPLY_ERROR) {
    throw std::runtime_error("redis " + args.front() + " failed: " + text_of(reply.get()));
  }
  return reply;
}

// One record per element of a flat array reply (list, set, hash pairs, zset pairs).
void add_elements(std::vector<StoredRecord>& out, const std::string& key, const redisReply* array,
                  std::size_t group) {
  for (std::size_t i = 0; i + group <= array->elements; i += group) {
    StoredRecord record{StoredRecord::Source::key, key + " #" + std::to_string(i / group), {key}};
    for (std::size_t j = 0; j < group; ++j) record.parts.push_back(text_of(array->element[i + j]));
    out.push_back(std::move(record));
  }
}

void add_stream(std::vector<StoredRecord>& out, const std::string& key, const redisReply* entries) {
  for (std::size_t i = 0; i < entries->elements; ++i) {
    const redisReply* entry = entries->element[i];
    const std::string id = text_of(entry->element[0]);
    StoredRecord record{StoredRecord::Source::key, key + " entry " + id, {key, id}};
    const redisReply* fields = entry->element[1];
    for (std::size_t j = 0; j < fields->elements; ++j) {
      record.parts.push_back(text_of(fields->element[j]));
    }
    out.push_back(std::move(record));
  }
}

void add_key(RawRedisClient& redis, std::vector<StoredRecord>& out, const std::string& key) {
  const std::string type = text_of(checked(redis, {"TYPE", key}).get());
  if (type == "string") {
    out.push_back(
        {StoredRecord::Source::key, key, {key, text_of(checked(redis, {"GET", key}).get())}});
  } else if (type == "hash") {
    add_elements(out, key, checked(redis, {"HGETALL", key}).get(), 2);
  } else if (type == "list") {
    add_elements(out, key, checked(redis, {"LRANGE", key, "0", "-1"}).get(), 1);
  } else if (type == "set") {
    add_elements(out, key, checked(redis, {"SMEMBERS", key}).get(), 1);
  } else if (type == "zset") {
    add_elements(out, key, checked(redis, {"ZRANGE", key, "0", "-1", "WITHSCORES"}).get(), 2);
  } else if (type == "stream") {
    add_stream(out, key, checked(redis, {"XRANGE", key, "-", "+"}).get());
  } else if (type != "none") {  // "none": expired between SCAN and TYPE
    throw std::runtime_error("redis key " + key + " has a type this reader does not know: " + type);
  }
}

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream bytes;
  bytes << in.rdbuf();
  return bytes.str();
}

// Parses "*N\r\n" then N "$len\r\n<bytes>\r\n"; false at anything else.
bool next_command(std::string_view& text, std::vector<std::string>& args) {
  auto number_after = [&text](char marker, std::size_t& value) {
    if (text.empty() || text.front() != marker) return false;
    const std::size_t end = text.find("\r\n");
    if (end == std::string_view::npos) return false;
    value = std::stoul(std::string(text.substr(1, end - 1)));
    text.remove_prefix(end + 2);
    return true;
  };
  std::size_t count = 0;
  if (!number_after('*', count)) return false;
  args.clear();
  for (std::size_t i = 0; i < count; ++i) {
    std::size_t length = 0;
    if (!number_after('$', length) || text.size() < length + 2) return false;
    args.emplace_back(text.substr(0, length));
    text.remove_prefix(length + 2);
  }
  return true;
}

}  // namespace

bool StoredRecord::contains(std::string_view bytes) const {
  if (bytes.empty()) return false;
  for (const std::string& part : parts) {
    if (part.find(bytes) != std::string::npos) return true;
  }
  return false;
}

std::vector<StoredRecord> redis_records(std::uint16_t port) {
  RawRedisClient redis(port);
  std::vector<StoredRecord> out;
  std::string cursor = "0";
  do {
    const Reply page = checked(redis, {"SCAN", cursor, "COUNT", "1000"});
    cursor = text_of(page->element[0]);
    const redisReply* keys = page->element[1];
    for (std::size_t i = 0; i < keys->elements; ++i) add_key(redis, out, text_of(keys->element[i]));
  } while (cursor != "0");
  return out;
}

std::vector<StoredRecord> aof_records(const std::string& redis_dir) {
  std::vector<StoredRecord> out;
  for (const auto& entry : std::filesystem::recursive_directory_iterator(redis_dir)) {
    if (!entry.is_regular_file()) continue;
    const std::string name = entry.path().filename().string();
    const std::string bytes = read_file(entry.path());
    std::string_view text = bytes;
    std::vector<std::string> args;
    std::size_t number = 0;
    const bool aof = entry.path().extension() == ".aof";
    while (aof && next_command(text, args)) {
      out.push_back(
          {StoredRecord::Source::aof, name + " command " + std::to_string(++number), args});
    }
    // What is not RESP (an RDB preamble or base, the manifest, a torn tail) stays one raw record.
    if (!text.empty()) {
      out.push_back({StoredRecord::Source::aof, name + " raw", {std::string(text)}});
    }
  }
  return out;
}

std::vector<StoredRecord> log_records(const std::string& name, const std::string& text) {
  std::vector<StoredRecord> out;
  std::istringstream lines(text);
  std::string line;
  for (std::size_t number = 1; std::getline(lines, line); ++number) {
    out.push_back({StoredRecord::Source::log, name + " line " + std::to_string(number), {line}});
  }
  return out;
}

}  // namespace kring::test
