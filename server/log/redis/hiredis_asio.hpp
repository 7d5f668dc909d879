// hiredis_asio: one non-blocking hiredis connection driven by Asio.
// hiredis owns the socket and the protocol; this class only tells it when its
// fd is readable or writable (addRead/addWrite hooks -> stream_descriptor
// async_wait), so nothing ever blocks a thread. Commands are pipelined:
// command() appends to hiredis' output buffer and returns; replies arrive in
// order.
//
// Every member function, and every callback it makes, runs on `strand`. A
// connection is used once: after it is lost a new one is made (see RedisLog).
#pragma once

#include <hiredis/async.h>

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/posix/stream_descriptor.hpp>
#include <boost/asio/strand.hpp>
#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

namespace kring::log::redis {

class HiredisAsio : public std::enable_shared_from_this<HiredisAsio> {
 public:
  using Strand = boost::asio::strand<boost::asio::any_io_executor>;
  // Called once per command; nullptr when no reply will come (not connected,
  // connection lost or closed). The reply is valid only during the call.
  using ReplyHandler = std::function<void(const redisReply*)>;
  // Called once: true when connected, false when connecting failed.
  using OnConnect = std::function<void(bool)>;
  // Called once when an established connection ends (by either side).
  using OnDisconnect = std::function<void()>;

  // Starts connecting; callbacks run on `strand`. Call on `strand`.
  static std::shared_ptr<HiredisAsio> connect(Strand strand, const std::string& host,
                                              std::uint16_t port, OnConnect on_connect,
                                              OnDisconnect on_disconnect);

  HiredisAsio(const HiredisAsio&) = delete;
  HiredisAsio& operator=(const HiredisAsio&) = delete;
  ~HiredisAsio();

  bool connected() const { return context_ != nullptr && established_; }

  // Queues one command. `handler` is called for its reply, or with nullptr.
  void command(const std::vector<std::string>& args, ReplyHandler handler);

  // Like command(), but `handler` stays registered for every later message of
  // a SUBSCRIBE (hiredis keeps it per channel) until the connection ends.
  void subscribe(const std::vector<std::string>& args, ReplyHandler handler);

  // Ends the connection after pending replies; then OnDisconnect runs.
  void close();

 private:
  struct Access;
  HiredisAsio(Strand strand, OnConnect on_connect, OnDisconnect on_disconnect);

  void arm(bool read);
  void on_ready(bool read, const boost::system::error_code& ec);
  void detach();

  Strand strand_;
  boost::asio::posix::stream_descriptor descriptor_;
  redisAsyncContext* context_ = nullptr;
  bool established_ = false;
  bool want_read_ = false;
  bool want_write_ = false;
  bool read_pending_ = false;
  bool write_pending_ = false;
  OnConnect on_connect_;
  OnDisconnect on_disconnect_;
  // Keeps this object alive while hiredis holds a pointer to it.
  std::shared_ptr<HiredisAsio> self_;
  // Handlers of SUBSCRIBE commands, kept for the connection's lifetime.
  std::vector<std::unique_ptr<ReplyHandler>> subscription_handlers_;
};

}  // namespace kring::log::redis
