# The numeric parameters in sys: maxsize, float_info, int_info, hash_info.
import sys
print(sys.maxsize == 2 ** 63 - 1, sys.maxunicode, sys.byteorder, sys.platform)
print(sys.float_info)
print(sys.float_info.max, sys.float_info.epsilon, sys.float_info.dig, sys.float_info.mant_dig)
print(sys.float_info[0] == sys.float_info.max, len(sys.float_info))
print(sys.int_info)
print(sys.int_info.bits_per_digit, sys.int_info.default_max_str_digits)
print(sys.hash_info)
print(sys.hash_info.modulus == 2 ** 61 - 1, hash(float("inf")) == sys.hash_info.inf)
print(hash(2 ** 61 - 1), hash(sys.hash_info.modulus + 5))
f = sys.flags
print(f.debug, f.inspect, f.interactive, f.optimize, f.verbose, f.quiet, f.dev_mode, f.safe_path)
print(type(f).__name__, f.int_max_str_digits)
