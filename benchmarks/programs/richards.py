# Richards: an operating-system task scheduler simulation, the classic method-call benchmark
# (after Martin Richards' BCPL original and pyperformance's bm_richards, condensed).

I_IDLE = 1
I_WORK = 2
I_HANDLERA = 3
I_HANDLERB = 4
I_DEVA = 5
I_DEVB = 6

K_DEV = 1000
K_WORK = 1001

BUFSIZE = 4


class Packet:
    def __init__(self, link, ident, kind):
        self.link = link
        self.ident = ident
        self.kind = kind
        self.datum = 0
        self.data = [0] * BUFSIZE

    def append_to(self, lst):
        self.link = None
        if lst is None:
            return self
        p = lst
        next = p.link
        while next is not None:
            p = next
            next = p.link
        p.link = self
        return lst


class TaskState:
    def __init__(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False

    def packet_pending_state(self):
        self.packet_pending = True
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting(self):
        self.packet_pending = False
        self.task_waiting = True
        self.task_holding = False
        return self

    def running(self):
        self.packet_pending = False
        self.task_waiting = False
        self.task_holding = False
        return self

    def waiting_with_packet(self):
        self.packet_pending = True
        self.task_waiting = True
        self.task_holding = False
        return self

    def is_task_holding_or_waiting(self):
        return self.task_holding or (not self.packet_pending and self.task_waiting)


class Scheduler:
    def __init__(self):
        self.task_tab = [None] * 10
        self.task_list = None
        self.current = None
        self.current_id = 0
        self.hold_count = 0
        self.qpkt_count = 0

    def find(self, ident):
        t = self.task_tab[ident]
        if t is None:
            raise ValueError("bad task id")
        return t

    def hold_self(self):
        self.hold_count += 1
        self.current.task_holding = True
        return self.current.link

    def release(self, ident):
        t = self.find(ident)
        t.task_holding = False
        if t.priority > self.current.priority:
            return t
        return self.current

    def wait(self):
        self.current.task_waiting = True
        return self.current

    def queue(self, packet):
        t = self.find(packet.ident)
        if t is None:
            return t
        self.qpkt_count += 1
        packet.link = None
        packet.ident = self.current_id
        return t.add_packet(packet, self.current)

    def schedule(self):
        t = self.task_list
        while t is not None:
            if t.is_task_holding_or_waiting():
                t = t.link
            else:
                self.current = t
                self.current_id = t.ident
                t = t.run_task()


class Task(TaskState):
    def __init__(self, sched, ident, priority, wkq, state):
        TaskState.__init__(self)
        self.sched = sched
        self.link = sched.task_list
        self.ident = ident
        self.priority = priority
        self.input = wkq
        self.packet_pending = state.packet_pending
        self.task_waiting = state.task_waiting
        self.task_holding = state.task_holding
        sched.task_list = self
        sched.task_tab[ident] = self

    def add_packet(self, p, old):
        if self.input is None:
            self.input = p
            self.packet_pending = True
            if self.priority > old.priority:
                return self
        else:
            p.append_to(self.input)
        return old

    def run_task(self):
        if self.task_waiting and self.packet_pending:
            msg = self.input
            self.input = msg.link
            if self.input is None:
                self.running()
            else:
                self.packet_pending_state()
        else:
            msg = None
        return self.fn(msg)


class DeviceTask(Task):
    def __init__(self, sched, ident, priority, wkq, state):
        Task.__init__(self, sched, ident, priority, wkq, state)
        self.pending = None

    def fn(self, pkt):
        if pkt is None:
            pkt = self.pending
            if pkt is None:
                return self.sched.wait()
            self.pending = None
            return self.sched.queue(pkt)
        self.pending = pkt
        return self.sched.hold_self()


class HandlerTask(Task):
    def __init__(self, sched, ident, priority, wkq, state):
        Task.__init__(self, sched, ident, priority, wkq, state)
        self.work_in = None
        self.device_in = None

    def fn(self, pkt):
        if pkt is not None:
            if pkt.kind == K_WORK:
                self.work_in = pkt.append_to(self.work_in)
            else:
                self.device_in = pkt.append_to(self.device_in)
        work = self.work_in
        if work is None:
            return self.sched.wait()
        count = work.datum
        if count >= BUFSIZE:
            self.work_in = work.link
            return self.sched.queue(work)
        dev = self.device_in
        if dev is None:
            return self.sched.wait()
        self.device_in = dev.link
        dev.datum = work.data[count]
        work.datum = count + 1
        return self.sched.queue(dev)


class IdleTask(Task):
    def __init__(self, sched, ident, priority, wkq, state, count):
        Task.__init__(self, sched, ident, priority, wkq, state)
        self.control = 1
        self.count = count

    def fn(self, pkt):
        self.count -= 1
        if self.count == 0:
            return self.sched.hold_self()
        if self.control & 1 == 0:
            self.control = self.control // 2
            return self.sched.release(I_DEVA)
        self.control = self.control // 2 ^ 0xd008
        return self.sched.release(I_DEVB)


class WorkTask(Task):
    def __init__(self, sched, ident, priority, wkq, state):
        Task.__init__(self, sched, ident, priority, wkq, state)
        self.destination = I_HANDLERA
        self.count = 0

    def fn(self, pkt):
        if pkt is None:
            return self.sched.wait()
        if self.destination == I_HANDLERA:
            dest = I_HANDLERB
        else:
            dest = I_HANDLERA
        self.destination = dest
        pkt.ident = dest
        pkt.datum = 0
        for i in range(BUFSIZE):
            self.count += 1
            if self.count > 26:
                self.count = 1
            pkt.data[i] = ord('A') + self.count - 1
        return self.sched.queue(pkt)


def run(iterations):
    hold = 0
    qpkt = 0
    for _ in range(iterations):
        sched = Scheduler()
        IdleTask(sched, I_IDLE, 1, None, TaskState().running(), 10000)

        wkq = Packet(None, 0, K_WORK)
        wkq = Packet(wkq, 0, K_WORK)
        WorkTask(sched, I_WORK, 1000, wkq, TaskState().waiting_with_packet())

        wkq = Packet(None, I_DEVA, K_DEV)
        wkq = Packet(wkq, I_DEVA, K_DEV)
        wkq = Packet(wkq, I_DEVA, K_DEV)
        HandlerTask(sched, I_HANDLERA, 2000, wkq, TaskState().waiting_with_packet())

        wkq = Packet(None, I_DEVB, K_DEV)
        wkq = Packet(wkq, I_DEVB, K_DEV)
        wkq = Packet(wkq, I_DEVB, K_DEV)
        HandlerTask(sched, I_HANDLERB, 3000, wkq, TaskState().waiting_with_packet())

        DeviceTask(sched, I_DEVA, 4000, None, TaskState().waiting())
        DeviceTask(sched, I_DEVB, 5000, None, TaskState().waiting())

        sched.schedule()
        hold += sched.hold_count
        qpkt += sched.qpkt_count
    return hold, qpkt


print(run(20))
