# nbody: float arithmetic on lists, a five-body orbit simulation written
# from the equations (leapfrog steps, pairwise gravity).
STEPS = 50000
PI = 3.141592653589793
SOLAR_MASS = 4 * PI * PI
YEAR = 365.24

# x, y, z, vx, vy, vz, mass
BODIES = [
    [0.0, 0.0, 0.0, 0.0, 0.0, 0.0, SOLAR_MASS],
    [4.84143144246472090, -1.16032004402742839, -0.103622044471123109,
     0.00166007664274403694 * YEAR, 0.00769901118419740425 * YEAR,
     -0.0000690460016972063023 * YEAR, 0.000954791938424326609 * SOLAR_MASS],
    [8.34336671824457987, 4.12479856412430479, -0.403523417114321381,
     -0.00276742510726862411 * YEAR, 0.00499852801234917238 * YEAR,
     0.0000230417297573763929 * YEAR, 0.000285885980666130812 * SOLAR_MASS],
    [12.8943695621391310, -15.1111514016986312, -0.223307578892655734,
     0.00296460137564761618 * YEAR, 0.00237847173959480950 * YEAR,
     -0.0000296589568540237556 * YEAR, 0.0000436624404335156298 * SOLAR_MASS],
    [15.3796971148509165, -25.9193146099879641, 0.179258772950371181,
     0.00268067772490389322 * YEAR, 0.00162824170038242295 * YEAR,
     -0.0000951592254519715870 * YEAR, 0.0000515138902046611451 * SOLAR_MASS],
]


def pairs(bodies):
    return [(bodies[i], bodies[j]) for i in range(len(bodies)) for j in range(i + 1, len(bodies))]


def energy(bodies):
    e = 0.0
    for b in bodies:
        e += 0.5 * b[6] * (b[3] * b[3] + b[4] * b[4] + b[5] * b[5])
    for a, b in pairs(bodies):
        dx, dy, dz = a[0] - b[0], a[1] - b[1], a[2] - b[2]
        e -= a[6] * b[6] / (dx * dx + dy * dy + dz * dz) ** 0.5
    return e


def offset_momentum(bodies):
    px = py = pz = 0.0
    for b in bodies:
        px += b[3] * b[6]
        py += b[4] * b[6]
        pz += b[5] * b[6]
    sun = bodies[0]
    sun[3], sun[4], sun[5] = -px / SOLAR_MASS, -py / SOLAR_MASS, -pz / SOLAR_MASS


def advance(bodies, all_pairs, dt, steps):
    for _ in range(steps):
        for a, b in all_pairs:
            dx, dy, dz = a[0] - b[0], a[1] - b[1], a[2] - b[2]
            d2 = dx * dx + dy * dy + dz * dz
            mag = dt / (d2 * d2 ** 0.5)
            bm, am = b[6] * mag, a[6] * mag
            a[3] -= dx * bm
            a[4] -= dy * bm
            a[5] -= dz * bm
            b[3] += dx * am
            b[4] += dy * am
            b[5] += dz * am
        for b in bodies:
            b[0] += dt * b[3]
            b[1] += dt * b[4]
            b[2] += dt * b[5]


offset_momentum(BODIES)
before = energy(BODIES)
advance(BODIES, pairs(BODIES), 0.01, STEPS)
print("nbody checksum", round(before, 9), round(energy(BODIES), 9))
