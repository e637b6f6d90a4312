# args: -
# with '-' the program itself comes from stdin (cmd_stdin_script.stdin)
