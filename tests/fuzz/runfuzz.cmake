# Runs one libFuzzer harness for SECONDS on a working corpus seeded from SEEDS; a crash, leak,
# sanitizer report or timeout makes libFuzzer exit non-zero, which fails the test. New inputs go
# to WORK (never into the source tree); a crashing input is written there as crash-*.
file(MAKE_DIRECTORY ${WORK})
execute_process(
    COMMAND ${HARNESS} -max_total_time=${SECONDS} -timeout=10 -rss_limit_mb=2048 -max_len=262144
        -artifact_prefix=${WORK}/ ${WORK} ${SEEDS}
    RESULT_VARIABLE result)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "${HARNESS} found a problem (exit ${result}); the input is in ${WORK}")
endif()
