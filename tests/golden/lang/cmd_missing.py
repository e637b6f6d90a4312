# garter-only: the script given after the options does not exist
# args: -u missing_script.py
print("not run")
