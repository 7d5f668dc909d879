# The build refuses an upward include (label layers). Each probe compiles one
# line, `#include "<header>"`, with exactly the include paths a source of
# <layer> gets; a header of a layer above must not be found. The allowed
# probes compile a header of a layer below the same way, so a refusal is known
# to come from the layering and not from a broken command line.
set(KRING_LAYER_PROBES ${CMAKE_CURRENT_BINARY_DIR}/layer_probes)

function(kring_layer_probe layer header expect)
  string(REGEX REPLACE "[/.]" "_" stem "${header}")
  set(probe ${KRING_LAYER_PROBES}/${layer}_includes_${stem}.cpp)
  file(WRITE ${probe} "#include \"${header}\"\n")
  set(includes "$<TARGET_PROPERTY:${layer},INCLUDE_DIRECTORIES>")
  set(name "layers.${layer}_${expect}_${header}")
  add_test(NAME ${name}
    COMMAND ${CMAKE_CXX_COMPILER} -std=c++20 -fsyntax-only
            "$<$<BOOL:${includes}>:-I$<JOIN:${includes},;-I>>"
            -DBOOST_ASIO_NO_DEPRECATED ${probe}
    COMMAND_EXPAND_LISTS)
  if(expect STREQUAL "refuses")
    set_tests_properties(${name} PROPERTIES LABELS layers
      PASS_REGULAR_EXPRESSION "${header}: No such file|'${header}' file not found")
  else()
    set_tests_properties(${name} PROPERTIES LABELS layers)
  endif()
endfunction()

kring_layer_probe(kring_core hub/room_actor.hpp refuses)
kring_layer_probe(kring_core protocol/codec.hpp refuses)
kring_layer_probe(kring_core base/metrics.hpp refuses)
kring_layer_probe(kring_base hub/replies.hpp refuses)
kring_layer_probe(kring_protocol hub/room_actor.hpp refuses)
kring_layer_probe(kring_export protocol/codec.hpp refuses)
kring_layer_probe(kring_log_memory hub/room_actor.hpp refuses)
kring_layer_probe(kring_redis_log hub/room_actor.hpp refuses)
kring_layer_probe(kring_redis_log log/memory/memory_log.hpp refuses)
kring_layer_probe(kring_hub net/ws_session.hpp refuses)
kring_layer_probe(kring_hub log/redis/redis_log.hpp refuses)
kring_layer_probe(kring_hub export/build_record.hpp refuses)
kring_layer_probe(kring_net app/node.hpp refuses)
kring_layer_probe(kring_net log/memory/memory_log.hpp refuses)

kring_layer_probe(kring_base core/errors.hpp compiles)
kring_layer_probe(kring_hub log/room_log.hpp compiles)
kring_layer_probe(kring_hub protocol/codec.hpp compiles)
kring_layer_probe(kring_net hub/room_registry.hpp compiles)
kring_layer_probe(kring_app log/redis/redis_log.hpp compiles)
