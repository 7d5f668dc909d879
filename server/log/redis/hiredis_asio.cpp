#include "log/redis/hiredis_asio.hpp"

#include <boost/asio/bind_executor.hpp>
#include <boost/asio/post.hpp>
#include <utility>

namespace kring::log::redis {

// The C callbacks hiredis calls; each finds the connection through ev.data or
// the context's data pointer. Reply handlers run inside hiredis (C code), so
// they must not throw.
struct HiredisAsio::Access {
  static HiredisAsio& of(void* data) { return *static_cast<HiredisAsio*>(data); }

  static void add_read(void* data) {
    of(data).want_read_ = true;
    of(data).arm(true);
  }
  static void del_read(void* data) { of(data).want_read_ = false; }
  static void add_write(void* data) {
    of(data).want_write_ = true;
    of(data).arm(false);
  }
  static void del_write(void* data) { of(data).want_write_ = false; }
  // hiredis is about to free the context and close the fd.
  static void cleanup(void* data) { of(data).detach(); }

  static void on_connect(const redisAsyncContext* context, int status) {
    HiredisAsio& self = of(context->data);
    self.established_ = status == REDIS_OK;
    if (auto done = std::exchange(self.on_connect_, nullptr)) done(status == REDIS_OK);
  }
  static void on_disconnect(const redisAsyncContext* context, int) {
    HiredisAsio& self = of(context->data);
    self.established_ = false;
    if (auto done = std::exchange(self.on_disconnect_, nullptr)) done();
  }

  // One-shot command: the handler is deleted after its only call.
  static void on_reply(redisAsyncContext*, void* reply, void* privdata) {
    std::unique_ptr<ReplyHandler> handler(static_cast<ReplyHandler*>(privdata));
    (*handler)(static_cast<const redisReply*>(reply));
  }
  // Subscription: the handler belongs to the connection.
  static void on_message(redisAsyncContext*, void* reply, void* privdata) {
    (*static_cast<ReplyHandler*>(privdata))(static_cast<const redisReply*>(reply));
  }
};

HiredisAsio::HiredisAsio(Strand strand, OnConnect on_connect, OnDisconnect on_disconnect)
    : strand_(std::move(strand)),
      descriptor_(strand_),
      on_connect_(std::move(on_connect)),
      on_disconnect_(std::move(on_disconnect)) {}

HiredisAsio::~HiredisAsio() = default;

std::shared_ptr<HiredisAsio> HiredisAsio::connect(Strand strand, const std::string& host,
                                                  std::uint16_t port, OnConnect on_connect,
                                                  OnDisconnect on_disconnect) {
  std::shared_ptr<HiredisAsio> self(
      new HiredisAsio(strand, std::move(on_connect), std::move(on_disconnect)));
  redisAsyncContext* context = redisAsyncConnect(host.c_str(), port);
  if (context == nullptr || context->err != 0) {
    if (context != nullptr) redisAsyncFree(context);
    boost::asio::post(self->strand_, [self] {
      if (auto done = std::exchange(self->on_connect_, nullptr)) done(false);
    });
    return self;
  }
  self->context_ = context;
  self->self_ = self;
  context->data = self.get();
  // Before any hook: hiredis calls addWrite from redisAsyncSetConnectCallback.
  boost::system::error_code ec;
  self->descriptor_.assign(context->c.fd, ec);
  if (ec) {
    redisAsyncFree(context);
    self->context_ = nullptr;
    self->self_.reset();
    boost::asio::post(self->strand_, [self] {
      if (auto done = std::exchange(self->on_connect_, nullptr)) done(false);
    });
    return self;
  }
  context->ev.data = self.get();
  context->ev.addRead = &Access::add_read;
  context->ev.delRead = &Access::del_read;
  context->ev.addWrite = &Access::add_write;
  context->ev.delWrite = &Access::del_write;
  context->ev.cleanup = &Access::cleanup;
  redisAsyncSetConnectCallback(context, &Access::on_connect);
  redisAsyncSetDisconnectCallback(context, &Access::on_disconnect);
  // The connect is in progress: writability tells hiredis it finished.
  // (redisAsyncSetConnectCallback already asked for that through addWrite.)
  Access::add_write(self.get());
  return self;
}

void HiredisAsio::command(const std::vector<std::string>& args, ReplyHandler handler) {
  if (!connected()) {
    boost::asio::post(strand_, [handler = std::move(handler)] { handler(nullptr); });
    return;
  }
  std::vector<const char*> argv;
  std::vector<std::size_t> lengths;
  for (const std::string& arg : args) {
    argv.push_back(arg.data());
    lengths.push_back(arg.size());
  }
  auto owned = std::make_unique<ReplyHandler>(std::move(handler));
  if (redisAsyncCommandArgv(context_, &Access::on_reply, owned.get(), static_cast<int>(argv.size()),
                            argv.data(), lengths.data()) == REDIS_OK) {
    owned.release();  // hiredis calls on_reply exactly once, which deletes it
    return;
  }
  boost::asio::post(strand_, [handler = std::move(*owned)] { handler(nullptr); });
}

void HiredisAsio::subscribe(const std::vector<std::string>& args, ReplyHandler handler) {
  if (!connected()) {
    boost::asio::post(strand_, [handler = std::move(handler)] { handler(nullptr); });
    return;
  }
  std::vector<const char*> argv;
  std::vector<std::size_t> lengths;
  for (const std::string& arg : args) {
    argv.push_back(arg.data());
    lengths.push_back(arg.size());
  }
  subscription_handlers_.push_back(std::make_unique<ReplyHandler>(std::move(handler)));
  redisAsyncCommandArgv(context_, &Access::on_message, subscription_handlers_.back().get(),
                        static_cast<int>(argv.size()), argv.data(), lengths.data());
}

void HiredisAsio::close() {
  if (context_ != nullptr) redisAsyncDisconnect(context_);
}

void HiredisAsio::arm(bool read) {
  bool& pending = read ? read_pending_ : write_pending_;
  if (pending || context_ == nullptr) return;
  pending = true;
  descriptor_.async_wait(
      read ? boost::asio::posix::stream_descriptor::wait_read
           : boost::asio::posix::stream_descriptor::wait_write,
      boost::asio::bind_executor(
          strand_, [self = shared_from_this(), read](const boost::system::error_code& ec) {
            self->on_ready(read, ec);
          }));
}

void HiredisAsio::on_ready(bool read, const boost::system::error_code& ec) {
  (read ? read_pending_ : write_pending_) = false;
  if (ec || context_ == nullptr || !(read ? want_read_ : want_write_)) return;
  // May end the connection: then detach() has run and context_ is null.
  if (read) {
    redisAsyncHandleRead(context_);
  } else {
    redisAsyncHandleWrite(context_);
  }
  if (context_ != nullptr && (read ? want_read_ : want_write_)) arm(read);
}

void HiredisAsio::detach() {
  context_ = nullptr;
  established_ = false;
  // hiredis closes the fd itself; release() cancels our waits without closing it.
  if (descriptor_.is_open()) descriptor_.release();
  if (auto done = std::exchange(on_connect_, nullptr)) {
    boost::asio::post(strand_, [done = std::move(done)] { done(false); });
  }
  // Drop the keep-alive after hiredis has finished with us.
  boost::asio::post(strand_, [self = std::move(self_)] {});
}

}  // namespace kring::log::redis
