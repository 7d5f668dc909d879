#include "net/prometheus.hpp"

#include <array>
#include <atomic>
#include <cstdint>

namespace kring::net {
namespace {

using base::error_code_count;
using base::Metrics;

constexpr std::array<std::string_view, error_code_count> error_code_names = {
    "malformed_frame", "unknown_payload",     "protocol_version", "not_joined",
    "already_joined",  "room_not_found",      "forbidden",        "wrong_phase",
    "not_found",       "invalid_argument",    "limit_reached",    "rate_limited",
    "bad_secret",      "storage_unavailable", "going_away",       "missing_idempotency_key",
    "group_too_small",
};

std::uint64_t load(const std::atomic<std::uint64_t>& counter) {
  return counter.load(std::memory_order_relaxed);
}

// Label values may hold any character but backslash, quote and newline, which
// are escaped.
std::string escape_label(std::string_view value) {
  std::string escaped;
  for (const char c : value) {
    if (c == '\\' || c == '"') escaped.push_back('\\');
    if (c == '\n') {
      escaped += "\\n";
      continue;
    }
    escaped.push_back(c);
  }
  return escaped;
}

void metric(std::string& out, std::string_view name, std::string_view type, std::string_view help,
            std::uint64_t value) {
  out.append("# HELP ").append(name).append(" ").append(help).append("\n");
  out.append("# TYPE ").append(name).append(" ").append(type).append("\n");
  out.append(name).append(" ").append(std::to_string(value)).append("\n");
}

}  // namespace

std::string render_prometheus(const Metrics& m, std::size_t rooms, std::string_view node) {
  std::string out;
  out += "# HELP kring_node_info The node answering.\n# TYPE kring_node_info gauge\n";
  out += "kring_node_info{node=\"" + escape_label(node) + "\"} 1\n";
  metric(out, "kring_connections", "gauge", "Open WebSocket connections.",
         load(m.connections_open));
  metric(out, "kring_connections_total", "counter", "WebSocket connections accepted.",
         load(m.connections_total));
  metric(out, "kring_rooms", "gauge", "Rooms held by this node.", rooms);
  metric(out, "kring_http_requests_total", "counter", "HTTP requests served.",
         load(m.http_requests));
  metric(out, "kring_frames_in_total", "counter", "WebSocket frames received.", load(m.frames_in));
  metric(out, "kring_bytes_in_total", "counter", "WebSocket payload bytes received.",
         load(m.bytes_in));
  metric(out, "kring_frames_out_total", "counter", "WebSocket frames (ServerBatch) sent.",
         load(m.frames_out));
  metric(out, "kring_messages_out_total", "counter", "ServerMessages sent, in those frames.",
         load(m.messages_out));
  metric(out, "kring_bytes_out_total", "counter", "WebSocket payload bytes sent.",
         load(m.bytes_out));
  metric(out, "kring_slow_consumers_closed_total", "counter",
         "Connections closed because their send queue overflowed.", load(m.slow_consumers_closed));
  metric(out, "kring_append_conflicts_total", "counter",
         "Room appends refused because another node wrote first; decided again.",
         load(m.append_conflicts));
  metric(out, "kring_append_conflicts_without_read_total", "counter",
         "Of those, the ones whose winning events had already arrived (no log read).",
         load(m.append_conflicts_without_read));
  out += "# HELP kring_rejections_total Requests answered with an Error, by code.\n";
  out += "# TYPE kring_rejections_total counter\n";
  for (std::size_t i = 0; i < error_code_count; ++i) {
    out.append("kring_rejections_total{code=\"")
        .append(error_code_names[i])
        .append("\"} ")
        .append(std::to_string(load(m.rejections[i])))
        .append("\n");
  }
  return out;
}

}  // namespace kring::net
