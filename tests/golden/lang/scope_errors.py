# SyntaxErrors from the symbol table, raised by compile()
srcs = [
    "def f():\n    x = 1\n    global x\n",
    "def f():\n    print(x)\n    global x\n",
    "def f(x):\n    global x\n",
    "def f():\n    nonlocal x\n",
    "nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        x = 2\n        nonlocal x\n",
    "def f(a):\n    def g():\n        nonlocal a\n        a = 1\n    def h(a):\n        nonlocal a\n",
    "def f():\n    global x\n    nonlocal x\n",
    "class C:\n    nonlocal x\n",
    "def f():\n    x = 1\n    def g():\n        global x\n        nonlocal x\n",
    "[(y := 1) for y in range(3)]\n",
    "def f():\n    return\n    yield\nreturn 1\n",
    "return 5\n",
    "yield 5\n",
    "break\n",
    "continue\n",
    "for i in range(2):\n    def f():\n        break\n",
    "def f(a, a): pass\n",
    "def f(a, *, a): pass\n",
    "lambda a, a: 0\n",
    "f(a=1, a=2)\n",
    "x = 1\ndel x + 1\n",

    "def f():\n    x: int = 1\n    global x\n",
    "class C:\n    [x for x in range(2) if (y := x)]\n",
]
for s in srcs:
    try:
        compile(s, '<s>', 'exec')
        print('ok')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
