class D:
    def __init__(self, n): self.n = n
    def __del__(self): print('del', self.n)
held = D('held-in-helper')
