
import sys

# Imported before any conftest: compiled test modules, their rewritten asserts and the desk's
# own modules are kept (pytest's default) even where PYTHONDONTWRITEBYTECODE is set, because
# recompiling them costs every worker, and every desk the tests start, seconds a run.
sys.dont_write_bytecode = False
