# The browser client's tests (label e2e): vitest unit tests of its store and reconnect logic, and
# end-to-end scripts driving Debian's chromium against the real kring-server binary.
# They need node/npm; the client is built first (scripts/build-client) as a ctest fixture.
find_program(KRING_NPM npm)
find_program(KRING_NODE node)
if(NOT KRING_NPM OR NOT KRING_NODE)
  message(STATUS "node/npm not found: the web client tests (label e2e) are not registered")
  return()
endif()

set(KRING_WEB_CLIENT_DIR ${PROJECT_SOURCE_DIR}/web-client)

add_test(NAME web_client_build COMMAND ${PROJECT_SOURCE_DIR}/scripts/build-client)
set_tests_properties(web_client_build PROPERTIES
  LABELS e2e FIXTURES_SETUP web_client_dist TIMEOUT 600)

add_test(NAME web_client_unit COMMAND ${KRING_NPM} test
  WORKING_DIRECTORY ${KRING_WEB_CLIENT_DIR})
set_tests_properties(web_client_unit PROPERTIES
  LABELS e2e FIXTURES_REQUIRED web_client_dist TIMEOUT 300)

# One browser script against the real kring-server. The scripts run alone (RUN_SERIAL): under
# ctest --parallel a Chromium and an ASan server beside other suites can miss their 15 s step
# timeouts.
function(kring_e2e_script name script timeout)
  add_test(NAME ${name}
    COMMAND ${KRING_NODE} ${script} $<TARGET_FILE:kring-server>
    WORKING_DIRECTORY ${KRING_WEB_CLIENT_DIR})
  set_tests_properties(${name} PROPERTIES
    LABELS e2e FIXTURES_REQUIRED web_client_dist TIMEOUT ${timeout} RUN_SERIAL ON)
endfunction()

# A workshop through the UI, every view screenshotted.
kring_e2e_script(web_client_e2e e2e/workshop.mjs 180)

# The small-choices method through the UI: strategy, anonymous intake, dilemmas, a secret group
# poll, outcomes and strategy marks, with the frames proving marks and intake stay hidden.
kring_e2e_script(web_client_e2e_method e2e/method.mjs 180)

# The board session and actions through the UI: bundle, hidden board votes (frames prove no value
# arrives before the reveal), reveal per item and all, decisions; actions from a revealed note,
# SMART fields, scores as counts only, the ranking; run-sheet and the decision record panel.
kring_e2e_script(web_client_e2e_board e2e/board.mjs 180)

# A programme (traject) through the UI: the lead makes two workshops and the board meeting, each
# workshop polls and records two dilemmas, the lead puts them on the board meeting's agenda and
# writes feedback per job family, three board phones vote hidden (frames prove it) on the four
# imported items (job family and the group's spread shown), decisions with reasons are given back
# at once, and each workshop's participant sees its own decisions and feedback and nothing of the
# other workshop (page text and frames). Prints the release-to-participant time and page heights.
kring_e2e_script(web_client_e2e_programme e2e/programme.mjs 240)

# The seeds' workshop run by focus: the facilitator leads (welcome with the QR, strategy, 3B from
# the catalogue written alone first and revealed, the circle of influence with a note sorted into a
# circle, two dilemmas with group polls, the conclusion, the board session on two phones: each
# focused item, both votes, the bundle revealed) and the projector, a participant's phone and
# laptop and the board phones follow, each checked at every step; hidden notes and board votes
# reach no other device before the reveal (frames); a draft survives a focus move, a reload lands
# on the focus, the phone console is a remote; an exercise applied mid-workshop goes into the
# current phase and leaves the clock and run-sheet as they were. It measures the participant
# phone's height, the console's height and the projector's smallest text against their targets,
# screenshots every view per step and prints its wall time.
kring_e2e_script(web_client_e2e_focus e2e/focus.mjs 180)

# A new projector link from any facilitator device: a second device holding only the facilitator
# link makes one (ReissueProjectorToken, the token made on the device); the old projector loses
# its connection and says its link no longer works, the laptop that made the old link says it was
# replaced; the new link shows the room.
kring_e2e_script(web_client_e2e_projector_link e2e/projector_link.mjs 120)

# A participant's phone on a network that breaks, through a TCP proxy the script freezes and cuts:
# a hanging connection shows as lost within 5 s, a note posted into it arrives exactly once after
# the network recovers (thawed, or cut while frozen), a hard drop shows at once, and the browser's
# `online` event ends a grown backoff at once. Prints the times it measures.
kring_e2e_script(web_client_e2e_network e2e/network.mjs 120)

# The agenda timer on three devices whose clocks are two minutes ahead, right and two minutes
# behind: each reads the deadline through its estimated offset to the server's clock, so all show
# the same time left within a second, before and after "+5 min". Prints the three readings.
kring_e2e_script(web_client_e2e_clock e2e/clock.mjs 120)

# Sorting notes without surprises: keyboard only on a laptop (the Tabs to the first note, the move
# menu: arrows and Escape move nothing, Enter moves and the focus stays on the note), a finger on a
# touch phone (a swipe still scrolls, a long press drags a note to another circle, seen on the other
# device), the phone's status bar sticky above a poll, and a poll option's "sending…" until its Ack.
kring_e2e_script(web_client_e2e_sorting e2e/sorting.mjs 120)

# Links phones in the room can open: with --public-url the console's and the projector's QR codes
# (decoded from screenshots) and "Doe mee op …" carry it; without one, on 127.0.0.1, the console
# and the projector say phones cannot follow the links and name the command that fixes it.
kring_e2e_script(web_client_e2e_room_links e2e/room_links.mjs 120)

# The first load as a phone in the room gets it (fast 3G): prints the first contentful paint and the
# bytes transferred; checks brotli, immutable caching of hashed assets, no-cache for the page, the
# security headers, a second visit served from the cache, and the favicon.
kring_e2e_script(web_client_e2e_first_load e2e/first_load.mjs 120)
