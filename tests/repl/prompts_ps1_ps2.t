# sys.ps1 and sys.ps2 are the prompts, read (through str()) at every prompt.
# oracle: python3.11
args -q
prompt py> \x20
prompt ..2
type sys_ps = __import__("sys")
type sys_ps.ps1, sys_ps.ps2
type sys_ps.ps1 = "py>  "
type class Two:
type     def __str__(self): return "..2"
type
type sys_ps.ps2 = Two()
type if True:
type     pass
type
keys ^D
