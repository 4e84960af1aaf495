# Objects still alive at exit are finalized (module globals).
class G:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print("finalizing", self.name)
g1 = G("global one")
g2 = G("global two")
print("end of script")
