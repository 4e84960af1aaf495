prices = {"日本": 1}
total = prices["日本"] + prices["中国"]
