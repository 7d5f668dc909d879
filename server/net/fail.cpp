#include "net/fail.hpp"

#include <boost/asio/error.hpp>
#include <boost/beast/http/error.hpp>
#include <boost/beast/websocket/error.hpp>

#include "base/log_line.hpp"

namespace kring::net {

void fail(boost::beast::error_code ec, const char* what) {
  namespace error = boost::asio::error;
  if (ec == error::operation_aborted || ec == error::eof || ec == error::connection_reset ||
      ec == error::broken_pipe || ec == error::not_connected ||
      ec == boost::beast::error::timeout || ec == boost::beast::websocket::error::closed ||
      ec == boost::beast::http::error::end_of_stream) {
    return;
  }
  base::log_line(what, ec.message().c_str());
}

}  // namespace kring::net
