// The template catalogue over HTTP, applied the way the browser applies it:
// every template's phases and boards sent back as ordinary commands are
// accepted, and the room then holds them.
#include <gtest/gtest.h>

#include <set>
#include <string>

#include "kring/v1/templates.pb.h"
#include "support/http_client.hpp"
#include "support/server_process.hpp"
#include "support/workshop.hpp"

namespace kring::test {
namespace templates_test {
namespace {

namespace v1 = kring::v1;

v1::TemplateCatalogue fetch_catalogue(std::uint16_t port, const std::string& target) {
  const HttpResponse response = http_get(port, target);
  EXPECT_EQ(response.status, 200u);
  EXPECT_EQ(response.header("Content-Type"), "application/x-protobuf");
  v1::TemplateCatalogue catalogue;
  EXPECT_TRUE(catalogue.ParseFromString(response.body));
  return catalogue;
}

std::set<std::string> keys_of(const v1::TemplateCatalogue& catalogue) {
  std::set<std::string> keys;
  for (const v1::WorkshopTemplate& t : catalogue.templates()) keys.insert(t.key());
  return keys;
}

TEST(Templates, CatalogueIsServedInDutchByDefaultAndInEnglish) {
  ServerProcess server;
  const v1::TemplateCatalogue dutch = fetch_catalogue(server.port(), "/templates");
  const v1::TemplateCatalogue english = fetch_catalogue(server.port(), "/templates?lang=en");
  EXPECT_EQ(keys_of(dutch),
            (std::set<std::string>{"kleine-keuzes", "3b", "kaders", "steunvragen",
                                   "voor-en-nadelen", "cirkel-van-invloed", "gezondheidsmatrix"}));
  EXPECT_EQ(keys_of(english), keys_of(dutch));
  ASSERT_GT(dutch.templates_size(), 0);
  EXPECT_EQ(dutch.templates(0).name(), "Kleine keuzes");
  EXPECT_EQ(english.templates(0).name(), "Small choices");
  EXPECT_EQ(dutch.templates(0).max_total_seconds(), 7200u);
  // An unknown language falls back to Dutch rather than failing.
  EXPECT_EQ(fetch_catalogue(server.port(), "/templates?lang=xx").SerializeAsString(),
            dutch.SerializeAsString());
  EXPECT_TRUE(server.stop().clean());
}

TEST(Templates, EveryTemplateAppliesThroughOrdinaryCommands) {
  ServerProcess server;
  const v1::TemplateCatalogue catalogue = fetch_catalogue(server.port(), "/templates");
  Workshop workshop(server.port(), "Sjablonen");
  Device& facilitator = workshop.facilitator();
  std::size_t boards = 0;
  std::size_t appended_phases = 0;
  for (const v1::WorkshopTemplate& t : catalogue.templates()) {
    SCOPED_TRACE(t.key());
    v1::RoomCommand set_agenda;
    for (const v1::Phase& phase : t.phases())
      *set_agenda.mutable_set_agenda()->add_phases() = phase;
    facilitator->command_ok(set_agenda);
    for (const v1::AddBoard& board : t.boards()) {
      v1::RoomCommand add;
      *add.mutable_add_board() = board;
      facilitator->command_ok(add);
      ++boards;
    }
    appended_phases += static_cast<std::size_t>(t.phases_size());
  }
  facilitator->sync();
  std::size_t boards_added = 0;
  for (const v1::RoomEvent& event : facilitator->events()) {
    if (event.has_board_added()) ++boards_added;
  }
  EXPECT_EQ(boards_added, boards);
  EXPECT_EQ(boards, 6u);  // every exercise brings one board; the workshop none
  EXPECT_GT(appended_phases, 0u);
  EXPECT_TRUE(server.stop().clean());
}

}  // namespace
}  // namespace templates_test
}  // namespace kring::test
