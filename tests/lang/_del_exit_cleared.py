class D:
    def __init__(self, n): self.n = n
    def __del__(self):
        print('del', self.n, 'sees', type(a_name).__name__, type(_private_name).__name__)
a_name = D('public1')
_private_name = D('_private')
z_name = D('public2')
__dunder = D('__dunder')
