# args: -u -B -E -s -X nosuchoption=1 -W ignore -Xgcstress=0
import sys
print(sys.argv)
sys.stdout.write('no newline, unbuffered')
sys.stderr.write('stderr line\n')
