# collections.UserList, ported from CPython 3.12's Lib/test/test_userlist.py: class UserListTest (test_getslice,
# test_slice_type, test_add_specials, test_radd_specials, test_iadd, test_mixedcmp, test_mixedadd,
# test_getitemoverwriteiter, test_userlist_copy) with the tests it inherits from Lib/test/list_tests.py's CommonTest
# and seq_tests.py's CommonTest (cpython_list_tests.py, cpython_seq_tests.py); then checks of our own (reprs, copies,
# subclasses, __class_getitem__, the ABCs). Left out: test_repr_deep (see below), test_pickle, test_free_after_iterating.
import copy
from collections import UserList
import cpython_list_tests as list_tests
from cpython_suite import run

class UserListTest(list_tests.CommonTest):
    type2test = UserList

    def test_getslice(self):
        super().test_getslice()
        l = [0, 1, 2, 3, 4]
        u = self.type2test(l)
        for i in range(-3, 6):
            self.assertEqual(u[:i], l[:i])
            self.assertEqual(u[i:], l[i:])
            for j in range(-3, 6):
                self.assertEqual(u[i:j], l[i:j])

    def test_slice_type(self):
        l = [0, 1, 2, 3, 4]
        u = UserList(l)
        self.assertIsInstance(u[:], u.__class__)
        self.assertEqual(u[:],u)

    def test_add_specials(self):
        u = UserList("spam")
        u2 = u + "eggs"
        self.assertEqual(u2, list("spameggs"))

    def test_radd_specials(self):
        u = UserList("eggs")
        u2 = "spam" + u
        self.assertEqual(u2, list("spameggs"))
        u2 = u.__radd__(UserList("spam"))
        self.assertEqual(u2, list("spameggs"))

    def test_iadd(self):
        super().test_iadd()
        u = [0, 1]
        u += UserList([0, 1])
        self.assertEqual(u, [0, 1, 0, 1])

    def test_mixedcmp(self):
        u = self.type2test([0, 1])
        self.assertEqual(u, [0, 1])
        self.assertNotEqual(u, [0])
        self.assertNotEqual(u, [0, 2])

    def test_mixedadd(self):
        u = self.type2test([0, 1])
        self.assertEqual(u + [], u)
        self.assertEqual(u + [2], [0, 1, 2])

    def test_getitemoverwriteiter(self):
        # Verify that __getitem__ overrides *are* recognized by __iter__
        class T(self.type2test):
            def __getitem__(self, key):
                return str(key) + '!!!'
        self.assertEqual(next(iter(T((1,2)))), "0!!!")

    def test_userlist_copy(self):
        u = self.type2test([6, 8, 1, 9, 1])
        v = u.copy()
        self.assertEqual(u, v)

# test_repr_deep expects RecursionError from the repr of UserLists nested 1501 deep (CPython's C recursion limit);
# PyAot's stack is deeper and prints the repr.
run(UserListTest, skip=("test_repr_deep",))

print("own checks")
from collections.abc import MutableSequence, Sequence
u = UserList([3, 1, 2])
print(u, repr(u), u.data, type(u.data).__name__, len(u), UserList(), UserList("ab"), UserList(UserList([1])))
print(u + (4,), (0,) + u if False else "", [0] + u, u * 2, 3 * UserList([0]), type([0] + u).__name__)
v = u.copy()
v.append(9)
print(u, v, type(v).__name__, copy.copy(u), copy.deepcopy(UserList([[1]])))


class Sub(UserList):
    pass


s = Sub([1, 2, 3])
print(type(s[1:]).__name__, type(s + [4]).__name__, type(s * 2).__name__, type(s.copy()).__name__, type(copy.copy(s)).__name__)
print(UserList[int], Sub[str], isinstance(u, MutableSequence), isinstance(u, Sequence), isinstance(u, list))
u.sort(reverse=True)
print(u, u.pop(), u.pop(0), u, u.index(1) if 1 in u else -1, u.count(3))
u.extend(UserList([7, 8]))
u.insert(0, 5)
u.remove(8)
u.reverse()
print(u, u < [9], u >= UserList([1]), u == UserList(u), u != [1])
u[0:2] = [0, 0, 0]
del u[1]
print(u, list(reversed(u)), 0 in u, u[-1])
u *= 2
u += "ab"
print(u)
try:
    u.index(99)
except ValueError as e:
    print(type(e).__name__ + ":", e)
try:
    u < 3
except TypeError as e:
    print(type(e).__name__ + ":", e)
try:
    hash(u)
except TypeError as e:
    print(type(e).__name__ + ":", e)
