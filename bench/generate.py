#!/usr/bin/env python3
"""Writes a national-scale benchmark data set for dxaudit (README: Speed).

    bench/generate.py [--shape few|many] SIZE [OUTDIR]

SIZE is 2k, 20k, 200k or a plain unit count. OUTDIR defaults to
${TMPDIR:-/tmp}/dxaudit-bench/SIZE-SHAPE. The shape says how much `dxaudit check`
has to say about the year:

    few    (default) reports shaped like the samples: about 1.5% late, a few without
           a dispatch date or with a task their unit may not own; a few findings
    many   every report also lists several tasks its unit neither chairs, implements
           nor coordinates, one line each (unassigned-task notes), and a Part I
           target the plan does not define (unknown-ref errors); about 6% are late
           and about 1% of the units sent none (missing-report): at 20k, some
           175,000 findings in about 24 MB

Both shapes share the registry and the plan. OUTDIR receives:

    plans/units.yaml     the coordinator (so-tttt), N-1 departments, and ubnd, the
                         committee that receives the reports (§1.2)
    plans/plan.yaml      a plan with a few dozen Part II tasks, one chair per point,
                         unit-annual and synthesis reporting, a calendar (§1.3)
    reports/2024/*.yaml  one unit-annual report per unit (§2), as the shape says
    .dxaudit-bench       marker: the folder is ours to regenerate; its first word is
                         "complete" once every file is written

The output is the same, byte for byte, on every run: one fixed seed, one RNG, files
written in a fixed order. Python standard library only.
"""

import os
import random
import shutil
import sys

SEED = 227_2020
YEAR = 2024
COORDINATOR = "so-tttt"
MARKER = ".dxaudit-bench"
SIZES = {"2k": 2_000, "20k": 20_000, "200k": 200_000}
SHAPES = ("few", "many")
FILE_LIMIT = 16 * 1024 * 1024  # dxaudit's default file-size limit (README: Bad input)

# Part II of the benchmark plan: clause -> (title, [(point, title, item count)]).
# Letters follow Vietnamese drafting order without f and j, so the plan lints clean.
CLAUSES = [
    ("Nhiệm vụ, giải pháp tạo nền móng chuyển đổi số", [
        ("a", "Về chuyển đổi nhận thức", 3),
        ("b", "Về cơ chế, chính sách", 2),
        ("c", "Về phát triển hạ tầng số", 3),
        ("d", "Về phát triển nền tảng số", 0),
        ("đ", "Bảo đảm an toàn thông tin mạng", 2),
        ("e", "Về hợp tác quốc tế, nghiên cứu, phát triển và đổi mới sáng tạo", 0),
    ]),
    ("Một số nhiệm vụ, giải pháp phát triển chính quyền số", [
        ("a", "Phát triển hạ tầng chính quyền số phục vụ cơ quan nhà nước", 0),
        ("b", "Tái cấu trúc hạ tầng công nghệ thông tin của thành phố", 0),
        ("c", "Triển khai Nền tảng Chính quyền điện tử thành phố (LGSP)", 2),
        ("d", "Phát triển, hoàn thiện Hệ thống thông tin báo cáo thành phố", 0),
        ("đ", "Phát triển, hoàn thiện Hệ thống một cửa điện tử và dịch vụ công trực tuyến", 2),
        ("e", "Số hóa kết quả giải quyết thủ tục hành chính", 0),
        ("g", "Chuẩn hóa, điện tử hóa quy trình nghiệp vụ xử lý hồ sơ trên môi trường mạng", 0),
        ("h", "Tăng cường gửi, nhận văn bản, báo cáo điện tử", 0),
    ]),
    ("Một số nhiệm vụ, giải pháp phát triển kinh tế số", [
        ("a", "Phát triển doanh nghiệp công nghệ số", 0),
        ("b", "Phát triển sản phẩm nội dung số, truyền thông số", 0),
        ("c", "Hỗ trợ doanh nghiệp nhỏ và vừa chuyển đổi số", 2),
        ("d", "Xây dựng thị trường thương mại điện tử lành mạnh", 0),
    ]),
    ("Một số nhiệm vụ, giải pháp phát triển xã hội số", [
        ("a", "Đào tạo, tập huấn đội ngũ chuyên gia về chuyển đổi số", 0),
        ("b", "Đào tạo, đào tạo lại kỹ năng số cho cán bộ, công chức", 2),
        ("c", "Giáo dục tích hợp khoa học - công nghệ - kỹ thuật - toán", 0),
        ("d", "Cung cấp các khóa học đại trà trực tuyến mở", 0),
    ]),
    ("Một số lĩnh vực cần ưu tiên chuyển đổi số", [
        ("a", "Y tế", 3),
        ("b", "Giáo dục", 2),
        ("c", "Tài chính - ngân hàng", 0),
        ("d", "Nông nghiệp", 0),
        ("đ", "Giao thông vận tải và logistics", 0),
        ("e", "Tài nguyên và môi trường", 0),
    ]),
]

ITEM_TEXTS = [
    "Tổ chức phổ biến, quán triệt chủ trương, chính sách về chuyển đổi số đến cán bộ, công chức, viên chức.",
    "Xây dựng, vận hành chuyên mục “Chuyển đổi số” trên trang thông tin điện tử của cơ quan, đơn vị.",
    "Rà soát, chuẩn hóa dữ liệu phục vụ kết nối, chia sẻ với cơ sở dữ liệu dùng chung của thành phố.",
]

# What every department does (IV.2-style `implements:`): the pool reports draw from.
IMPLEMENTS = ["II.1.a", "II.1.b.1", "II.2.h", "II.3.c.2", "II.4.b", "II.5.a.1"]
COORDINATOR_CHAIRS = {"II.1.c", "II.1.d", "II.2.a", "II.2.c", "II.2.d"}

SECTORS = [
    "Y tế", "Giáo dục và Đào tạo", "Tài chính", "Xây dựng", "Nội vụ", "Tư pháp",
    "Công Thương", "Nông nghiệp và Môi trường", "Văn hóa, Thể thao và Du lịch",
    "Khoa học và Công nghệ", "Dân tộc và Tôn giáo", "Ngoại vụ",
]

NOTE_OPENINGS = [
    "Đã triển khai", "Đang hoàn thiện", "Tiếp tục triển khai", "Đã ban hành kế hoạch triển khai",
    "Đã tổ chức", "Bước đầu thực hiện", "Đang rà soát, đánh giá", "Phối hợp Sở Thông tin và Truyền thông triển khai",
]
NOTE_OBJECTS = [
    "khám chữa bệnh từ xa", "hệ thống một cửa điện tử", "số hóa hồ sơ, kết quả giải quyết thủ tục hành chính",
    "kết nối với Nền tảng Chính quyền điện tử thành phố (LGSP)", "tập huấn kỹ năng số cho cán bộ, công chức",
    "chuyên mục “Chuyển đổi số” trên trang thông tin điện tử", "hệ thống quản lý văn bản và điều hành",
    "chữ ký số chuyên dùng cho lãnh đạo các phòng", "cơ sở dữ liệu chuyên ngành", "dịch vụ công trực tuyến toàn trình",
    "thanh toán không dùng tiền mặt", "giám sát an toàn thông tin mạng",
]
NOTE_PLACES = [
    "tại {a}/{b} đơn vị trực thuộc", "trên toàn địa bàn", "cho {a} cán bộ, công chức, viên chức",
    "tại {a}/{b} phòng, ban chuyên môn", "ở {a} xã, phường thí điểm", "với {a} thủ tục hành chính",
]
NOTE_TAILS = [
    ", đạt {p}% kế hoạch năm", "; dự kiến hoàn thành trong quý I/2025", "; còn vướng mắc về kinh phí",
    "; đang chờ hướng dẫn kỹ thuật của Bộ", ", tỷ lệ hồ sơ trực tuyến đạt {p}%", "; thiếu nhân lực chuyên trách",
    "; đã báo cáo Ủy ban nhân dân thành phố", ", bảo đảm đúng tiến độ đề ra",
]


def task_tree():
    """Returns the Part II tasks as (id, text) in document order, and the point ids."""
    tasks, points = [], []
    for c, (title, pts) in enumerate(CLAUSES, start=1):
        tasks.append((f"II.{c}", title))
        for letter, text, items in pts:
            pid = f"II.{c}.{letter}"
            points.append(pid)
            tasks.append((pid, text))
            for n in range(1, items + 1):
                tasks.append((f"{pid}.{n}", ITEM_TEXTS[(n - 1) % len(ITEM_TEXTS)]))
    return tasks, points


def unit_ids(n):
    width = max(5, len(str(n)))
    return [COORDINATOR] + [f"so-{i:0{width}d}" for i in range(1, n)]


def write(path, text):
    data = text.encode("utf-8")
    if len(data) > FILE_LIMIT:
        sys.exit(f"generate.py: {path} would be {len(data)} bytes, over dxaudit's 16 MiB limit")
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644)
    try:
        os.write(fd, data)
    finally:
        os.close(fd)


def units_yaml(ids, rng):
    out = [
        "# Benchmark unit registry (bench/generate.py; README: Files, plans/units.yaml).\n",
        f"# {len(ids) + 1} units: the coordinator, {len(ids) - 1} departments and ubnd.\n",
        "groups:\n  departments: {kind: department}\n",
        "units:\n",
        f"  {COORDINATOR}:\n    name: Sở Thông tin và Truyền thông\n    short: Sở TT&TT\n",
        "    kind: department\n    email: so-tttt@bench.example\n",
        "  ubnd:\n    name: Ủy ban nhân dân thành phố\n    kind: committee\n",
    ]
    for i, uid in enumerate(ids[1:], start=1):
        # Short names: at 200k units the registry must stay under the 16 MiB limit.
        sector = SECTORS[rng.randrange(len(SECTORS))]
        out.append(f"  {uid}:\n    name: Sở {sector} {i}\n    kind: department\n")
    return "".join(out)


def plan_yaml(ids, tasks, points):
    chairs = {}  # point -> unit
    others = [p for p in points if p not in COORDINATOR_CHAIRS]
    departments = ids[1:]
    for k, p in enumerate(others):
        chairs[p] = departments[(k * len(departments)) // len(others)] if departments else COORDINATOR
    for p in COORDINATOR_CHAIRS:
        chairs[p] = COORDINATOR

    out = [
        "# Benchmark plan (bench/generate.py; README: Files, the plan).\n",
        "plan:\n",
        "  number: 999/KH-UBND\n",
        "  title: Kế hoạch chuyển đổi số quy mô quốc gia (dữ liệu đo hiệu năng)\n",
        "  issuer: Ủy ban nhân dân thành phố\n",
        "  issued: 2020-09-21\n",
        "  years: [2021, 2030]\n",
        "  units: units.yaml\n",
        f"  coordinator: {COORDINATOR}\n",
        "\n",
        "targets:\n",
        '  I.1.a.1: {text: "80% dịch vụ công trực tuyến mức độ 4", unit: percent, by: {2025: 80}}\n',
        '  I.1.b.1: {text: "Kinh tế số chiếm 20% GRDP", unit: percent, by: {2025: 20}}\n',
        "\n",
        "tasks:\n",
    ]
    for tid, text in tasks:
        out.append(f'  {tid}: "{text}"\n')
    out += [
        "\n",
        "assignments:\n",
        "  - source: IV.2.a\n",
        "    unit: departments\n",
        f"    implements: [{', '.join(IMPLEMENTS)}]\n",
        "  - source: IV.3.a\n",
        f"    unit: {COORDINATOR}\n",
        f"    chairs: [{', '.join(sorted(COORDINATOR_CHAIRS))}]\n",
    ]
    coordinated = set()
    for k, p in enumerate(others):
        out.append(f"  - source: IV.{5 + k}\n    unit: {chairs[p]}\n    chairs: {p}\n")
        if k % 4 == 0:
            out.append(f"    coordinators: [{COORDINATOR}]\n")
            coordinated.add(p)
    out += [
        "\n",
        "reporting:\n",
        "  - id: unit-annual\n",
        "    source: IV.2.đ\n",
        "    from: departments\n",
        "    to: ubnd\n",
        f"    via: {COORDINATOR}\n",
        "    due: {before: 12-01}\n",
        "  - id: synthesis\n",
        "    source: IV.3.d\n",
        f"    from: {COORDINATOR}\n",
        "    to: ubnd\n",
        "    due: {before: 12-10}\n",
        "    synthesizes: unit-annual\n",
        "\n",
        "calendar:\n",
        "  deadline_rule: next-working-day\n",
        "  holidays: [2024-02-08, 2024-02-09, 2024-02-12, 2024-02-13, 2024-02-14, 2024-04-18]\n",
        "  working_days: []\n",
    ]
    return "".join(out), chairs, coordinated


def note(rng, progress):
    for _ in range(20):
        a = rng.randrange(2, 40)
        parts = [
            NOTE_OPENINGS[rng.randrange(len(NOTE_OPENINGS))],
            " ",
            NOTE_OBJECTS[rng.randrange(len(NOTE_OBJECTS))],
            " ",
            NOTE_PLACES[rng.randrange(len(NOTE_PLACES))].format(a=a, b=a + rng.randrange(1, 20)),
        ]
        text = "".join(parts)
        while len(text) < 80:
            text += NOTE_TAILS[rng.randrange(len(NOTE_TAILS))].format(p=progress)
        if len(text) <= 150:
            return text
    return text[:150].rstrip(" ,;")


STATUSES = ["done", "on-track", "on-track", "on-track", "delayed", "not-started"]


def report_yaml(rng, index, uid, owned):
    out = [f"unit: {uid}\n", f"year: {YEAR}\n", "obligation: unit-annual\n"]
    r = rng.random()
    if r < 0.005:
        pass  # forgot the dispatch date
    elif r < 0.02:
        out.append(f"submitted: {YEAR}-12-{rng.randrange(3, 14):02d}\n")  # late
    elif r < 0.03:
        out.append(f"submitted: {YEAR}-12-02\n")  # 30/11 is a Saturday: still on time
    else:
        out.append(f"submitted: {YEAR}-11-{rng.randrange(20, 31):02d}\n")
    out.append(f"document: {rng.randrange(100, 1000)}/BC-S{index:06d}\n")
    out.append("tasks:\n")
    for tid in owned:
        status = STATUSES[rng.randrange(len(STATUSES))]
        progress = {"done": 100, "not-started": 0}.get(status) or (
            rng.randrange(40, 95) if status == "on-track" else rng.randrange(10, 60))
        out.append(f"  {tid}:\n    status: {status}\n")
        if status != "not-started" or rng.random() < 0.5:
            out.append(f"    progress: {progress}\n")
        out.append(f"    note: {note(rng, progress)}\n")
    if rng.random() < 0.3:
        out.append(f"targets:\n  I.1.a.1: {rng.randrange(600, 1000) / 10}\n")
    return "".join(out)


def report_tasks(rng, uid, chaired, tasks_all):
    count = 3 + rng.randrange(4)  # 3–6 tasks
    owned = list(chaired.get(uid, []))
    if owned and rng.random() < 0.05:
        owned = owned[1:]  # a chair that forgot one of its tasks
    pool = [t for t in IMPLEMENTS if t not in owned]
    while len(owned) < count and pool:
        owned.append(pool.pop(rng.randrange(len(pool))))
    if rng.random() < 0.01:
        others = [t for t in tasks_all if t not in owned]
        owned[-1] = others[rng.randrange(len(others))]  # a task it may not own
    return owned


# The many shape. Part I targets the plan does not define (it has I.1.a.1 and I.1.b.1).
UNKNOWN_TARGETS = ["I.1.c.1", "I.2.a.1", "I.2.b.3", "I.3.a.2"]
UNASSIGNED_MEAN = 7.75  # tasks per report outside the unit's roles: ~153,000 notes at 20k
UNASSIGNED_LEAST = 2  # every report lists at least this many
LATE = 0.06
MISSING = 0.01


def related(a, b):
    """Whether one task is the other or lies under it: dxaudit counts a role on either
    as involvement, so such a task would not be an unassigned-task note."""
    return a == b or a.startswith(b + ".") or b.startswith(a + ".")


def unassigned_pool(uid, tasks_all, chaired, coordinated):
    """The tasks uid has no role in, in document order. Every unit is a department, so
    it implements IMPLEMENTS; the coordinator also coordinates some points."""
    mine = set(IMPLEMENTS) | set(chaired.get(uid, []))
    if uid == COORDINATOR:
        mine |= coordinated
    return [t for t in tasks_all if not any(related(t, m) for m in mine)]


def many_report_yaml(rng, index, uid, owned, pool, order):
    out = [f"unit: {uid}\n", f"year: {YEAR}\n", "obligation: unit-annual\n"]
    if rng.random() < LATE:
        out.append(f"submitted: {YEAR}-12-{rng.randrange(3, 14):02d}\n")
    else:
        out.append(f"submitted: {YEAR}-11-{rng.randrange(20, 31):02d}\n")
    out.append(f"document: {rng.randrange(100, 1000)}/BC-S{index:06d}\n")
    # A fixed least number, then each other pool task with the same chance: the mean is
    # UNASSIGNED_MEAN whatever the pool's size.
    rest = len(pool) - UNASSIGNED_LEAST
    chance = (UNASSIGNED_MEAN - UNASSIGNED_LEAST) / rest
    count = UNASSIGNED_LEAST + sum(rng.random() < chance for _ in range(rest))
    extra = set(rng.sample(pool, count))
    listed = sorted(set(owned) | extra, key=order.__getitem__)
    out.append("tasks:\n")
    for tid in listed:
        status = STATUSES[rng.randrange(len(STATUSES))]
        if tid in extra:
            # A task in passing, one line: the year stays near 24 MB at 20k, so the cost
            # measured is that of the findings rather than of more YAML.
            out.append(f"  {tid}: {{status: {status}}}\n")
            continue
        progress = {"done": 100, "not-started": 0}.get(status) or (
            rng.randrange(40, 95) if status == "on-track" else rng.randrange(10, 60))
        out.append(f"  {tid}:\n    status: {status}\n")
        if status != "not-started" or rng.random() < 0.5:
            out.append(f"    progress: {progress}\n")
        out.append(f"    note: {note(rng, progress)}\n")
    out.append("targets:\n")
    if rng.random() < 0.3:
        out.append(f"  I.1.a.1: {rng.randrange(600, 1000) / 10}\n")
    out.append(f"  {UNKNOWN_TARGETS[rng.randrange(len(UNKNOWN_TARGETS))]}: {rng.randrange(10, 100)}\n")
    return "".join(out)


def many_report_tasks(rng, uid, chaired):
    """What the unit owns and reports, as in the few shape but complete: every chaired
    task is there, so the only task findings are unassigned-task notes."""
    count = 3 + rng.randrange(4)
    owned = list(chaired.get(uid, []))
    pool = list(IMPLEMENTS)
    while len(owned) < count and pool:
        owned.append(pool.pop(rng.randrange(len(pool))))
    return owned


def parse_size(text):
    if text in SIZES:
        return SIZES[text]
    try:
        n = int(text)
    except ValueError:
        n = 0
    if n < 2:
        sys.exit(f"generate.py: SIZE must be one of {', '.join(SIZES)} or a unit count ≥ 2, not {text!r}")
    return n


def remove_strays(folder, keep):
    """Removes what an earlier run left in folder that this run did not write."""
    for entry in os.scandir(folder):
        if entry.name in keep:
            continue
        if entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path)
        else:
            os.remove(entry.path)


def prepare(outdir):
    if os.path.isdir(outdir) and os.listdir(outdir):
        if not os.path.exists(os.path.join(outdir, MARKER)):
            sys.exit(f"generate.py: {outdir} is not empty and was not made by this script; refusing to touch it")
        # Files are overwritten in place and strays removed at the end: much faster
        # than deleting 200k files first.
    os.makedirs(outdir, exist_ok=True)
    with open(os.path.join(outdir, MARKER), "w", encoding="utf-8") as f:
        f.write("incomplete\n")  # rewritten once every file is in place
    os.makedirs(os.path.join(outdir, "plans"), exist_ok=True)
    os.makedirs(os.path.join(outdir, "reports", str(YEAR)), exist_ok=True)


def main(argv):
    args = argv[1:]
    shape = "few"
    if len(args) >= 2 and args[0] == "--shape":
        shape = args[1]
        args = args[2:]
    if shape not in SHAPES or len(args) < 1 or len(args) > 2 or args[0] in ("-h", "--help"):
        print(__doc__.strip(), file=sys.stderr)
        return 2
    size = args[0]
    n = parse_size(size)
    tmp = os.environ.get("TMPDIR") or "/tmp"
    outdir = args[1] if len(args) == 2 else os.path.join(tmp, "dxaudit-bench", f"{size}-{shape}")
    prepare(outdir)

    rng = random.Random(SEED)
    ids = unit_ids(n)
    tasks, points = task_tree()
    write(os.path.join(outdir, "plans", "units.yaml"), units_yaml(ids, rng))
    plan, chairs, coordinated = plan_yaml(ids, tasks, points)
    write(os.path.join(outdir, "plans", "plan.yaml"), plan)

    chaired = {}
    for p in sorted(chairs):
        chaired.setdefault(chairs[p], []).append(p)
    tasks_all = [t for t, _ in tasks]
    reports_dir = os.path.join(outdir, "reports")
    year_dir = os.path.join(reports_dir, str(YEAR))
    names = set()
    if shape == "few":
        for index, uid in enumerate(ids):
            owned = report_tasks(rng, uid, chaired, tasks_all)
            names.add(f"{uid}.yaml")
            write(os.path.join(year_dir, f"{uid}.yaml"), report_yaml(rng, index, uid, owned))
    else:
        order = {t: i for i, t in enumerate(tasks_all)}
        # Units that chair nothing share one pool: computing it once keeps 200k fast.
        common = unassigned_pool(None, tasks_all, chaired, coordinated)
        for index, uid in enumerate(ids):
            if rng.random() < MISSING:
                continue
            special = uid in chaired or uid == COORDINATOR
            pool = unassigned_pool(uid, tasks_all, chaired, coordinated) if special else common
            owned = many_report_tasks(rng, uid, chaired)
            names.add(f"{uid}.yaml")
            write(os.path.join(year_dir, f"{uid}.yaml"), many_report_yaml(rng, index, uid, owned, pool, order))
    remove_strays(os.path.join(outdir, "plans"), {"units.yaml", "plan.yaml"})
    remove_strays(reports_dir, {str(YEAR)})
    remove_strays(year_dir, names)

    with open(os.path.join(outdir, MARKER), "w", encoding="utf-8") as f:
        f.write(f"complete units={n} reports={len(names)} shape={shape} seed={SEED}\n")
    print(f"{outdir}: {n} units, {len(names)} reports ({shape})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
