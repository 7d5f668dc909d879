# Test fixtures that know nothing of the server's code: servers started as
# processes (kring-server, redis-server, nginx), loopback ports, random bytes
# and the wire commands the tests send. Shared by the test suites, the load
# generator (tools/loadgen) and the fuzz seed generator (fuzz/make_seeds).
add_library(kring_test_fixtures STATIC
  ${CMAKE_CURRENT_LIST_DIR}/commands.cpp
  ${CMAKE_CURRENT_LIST_DIR}/loopback.cpp
  ${CMAKE_CURRENT_LIST_DIR}/nginx_config.cpp
  ${CMAKE_CURRENT_LIST_DIR}/nginx_server.cpp
  ${CMAKE_CURRENT_LIST_DIR}/random_bytes.cpp
  ${CMAKE_CURRENT_LIST_DIR}/redis_server.cpp
  ${CMAKE_CURRENT_LIST_DIR}/server_process.cpp)
target_include_directories(kring_test_fixtures PUBLIC ${PROJECT_SOURCE_DIR}/tests)
target_link_libraries(kring_test_fixtures PUBLIC kring_proto Threads::Threads)
target_compile_options(kring_test_fixtures PRIVATE ${KRING_WARNINGS})
target_compile_definitions(kring_test_fixtures PRIVATE
  KRING_SERVER_BINARY="$<TARGET_FILE:kring-server>"
  KRING_REDIS_USERS_TEMPLATE="${PROJECT_SOURCE_DIR}/deploy/redis/users.acl.in"
  KRING_SENTINEL_USERS_TEMPLATE="${PROJECT_SOURCE_DIR}/deploy/redis/sentinel-users.conf.in")
add_dependencies(kring_test_fixtures kring-server)
