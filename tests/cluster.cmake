# Several kring-server nodes sharing one real redis-server, behind the real
# nginx running deploy/nginx/kring.conf (label redis). Included from
# tests/CMakeLists.txt, after kring_test_support.
file(GLOB KRING_CLUSTER_TESTS CONFIGURE_DEPENDS cluster/*.cpp)
if(KRING_CLUSTER_TESTS)
  add_executable(kring_cluster_tests ${KRING_CLUSTER_TESTS})
  target_link_libraries(kring_cluster_tests PRIVATE kring_test_support kring_hub kring_redis_log
    kring_bus_proto
    GTest::gtest_main)
  kring_unity_build(kring_cluster_tests)
  target_compile_options(kring_cluster_tests PRIVATE ${KRING_WARNINGS})
  target_compile_definitions(kring_cluster_tests PRIVATE
    KRING_NGINX_CONF="${PROJECT_SOURCE_DIR}/deploy/nginx/kring.conf")
  gtest_discover_tests(kring_cluster_tests PROPERTIES LABELS redis DISCOVERY_TIMEOUT 60)
endif()
