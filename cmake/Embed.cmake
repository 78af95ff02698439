# tanya_embed(<target> <name> <dir> [<glob>]): compiles the files under <dir>
# matching <glob> (default: all) into <target>
# as tanya::embedded::<name>(), a list of {relative path, bytes}. The generated
# source is rebuilt whenever a file under <dir> changes (CONFIGURE_DEPENDS picks
# up added files at the next build).
function(tanya_embed target name dir)
  set(pattern "*")
  if(ARGC GREATER 3)
    set(pattern "${ARGV3}")
  endif()
  file(GLOB_RECURSE files CONFIGURE_DEPENDS "${dir}/${pattern}")
  list(FILTER files EXCLUDE REGEX "(/node_modules/|/\\.|~$)")
  set(out "${CMAKE_CURRENT_BINARY_DIR}/embedded_${name}.cc")
  add_custom_command(
    OUTPUT "${out}"
    COMMAND ${CMAKE_COMMAND} -DNAME=${name} -DDIR=${dir} -DOUT=${out} -DPATTERN=${pattern}
            -P "${PROJECT_SOURCE_DIR}/cmake/EmbedGen.cmake"
    DEPENDS ${files} "${PROJECT_SOURCE_DIR}/cmake/EmbedGen.cmake"
    COMMENT "Embedding ${name}/ into the binary"
    VERBATIM)
  target_sources(${target} PRIVATE "${out}")
endfunction()
