# Several kring-server nodes sharing one real redis-server, behind the real
# nginx running deploy/nginx/kring.conf (label redis). Included from
# tests/CMakeLists.txt, so KRING_SUPPORT_SOURCES is already globbed.
file(GLOB KRING_CLUSTER_TESTS CONFIGURE_DEPENDS cluster/*.cpp)
if(KRING_CLUSTER_TESTS)
  add_executable(kring_cluster_tests ${KRING_CLUSTER_TESTS} ${KRING_SUPPORT_SOURCES})
  target_include_directories(kring_cluster_tests PRIVATE ${CMAKE_CURRENT_SOURCE_DIR})
  target_link_libraries(kring_cluster_tests PRIVATE kring_server kring_proto GTest::gtest_main)
  target_compile_options(kring_cluster_tests PRIVATE ${KRING_WARNINGS})
  target_compile_definitions(kring_cluster_tests PRIVATE
    KRING_SERVER_BINARY="$<TARGET_FILE:kring-server>"
    KRING_NGINX_CONF="${PROJECT_SOURCE_DIR}/deploy/nginx/kring.conf")
  add_dependencies(kring_cluster_tests kring-server)
  gtest_discover_tests(kring_cluster_tests PROPERTIES LABELS redis DISCOVERY_TIMEOUT 60)
endif()
