# Method calls and attribute access: a small task scheduler simulation.
class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0

class Task:
    def __init__(self, ident, priority):
        self.ident = ident
        self.priority = priority
        self.queue = []
        self.count = 0

    def add(self, packet):
        self.queue.append(packet)

    def run(self, scheduler):
        if self.queue:
            p = self.queue.pop()
            p.datum += self.priority
            self.count += 1
            scheduler.forward(p, (self.ident + 1) % scheduler.ntasks)

class Scheduler:
    def __init__(self, ntasks):
        self.ntasks = ntasks
        self.tasks = [Task(i, i * 3 + 1) for i in range(ntasks)]
        self.moves = 0

    def forward(self, packet, dest):
        self.moves += 1
        self.tasks[dest].add(packet)

    def step(self):
        for t in self.tasks:
            t.run(self)

s = Scheduler(10)
for i in range(10):
    s.tasks[i].add(Packet(None, i, i % 3))
for _ in range(300000):
    s.step()
print(s.moves, sum(t.count for t in s.tasks), sum(p.datum for t in s.tasks for p in t.queue))
