package org.bastion.pairing.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

import org.bastion.pairing.internal.MatchingProblem.Left;
import org.bastion.pairing.internal.MatchingProblem.Pair;
import org.bastion.pairing.internal.MatchingProblem.Right;

/** Seeded random pairing problems over a few real-looking divisions of two counties. */
final class RandomInstances {

	static final String[] PLACES = {"350424100001", "350424100002", "350424107001", "350424107203", "350424",
			"350425101001", "350425"};
	static final String[] ATTRIBUTES = {"A", "B", null};

	static MatchingProblem of(long seed, int maxLefts, int maxRights, int maxCapacity) {
		return of(seed, maxLefts, maxRights, maxCapacity, 1);
	}

	/** As above, with right sides that may take up to {@code maxRightCapacity} helpers each. */
	static MatchingProblem of(long seed, int maxLefts, int maxRights, int maxCapacity, int maxRightCapacity) {
		Random random = new Random(seed);
		int leftCount = 1 + random.nextInt(maxLefts);
		int rightCount = random.nextInt(maxRights + 1);
		List<Left> lefts = new ArrayList<>();
		for (int i = 0; i < leftCount; i++) {
			lefts.add(new Left(100 + i, random.nextInt(maxCapacity + 1), random.nextInt(3), pick(random, PLACES),
					pick(random, ATTRIBUTES)));
		}
		List<Right> rights = new ArrayList<>();
		for (int i = 0; i < rightCount; i++) {
			String place = pick(random, PLACES);
			String attribute = pick(random, ATTRIBUTES);
			rights.add(new Right(1000 + i, place, attribute, maxRightCapacity == 1 ? 1 : 1 + random.nextInt(maxRightCapacity)));
		}
		int[][] mismatch = new int[3][3];
		for (int[] row : mismatch) {
			for (int j = 0; j < row.length; j++) {
				row[j] = random.nextInt(40);
			}
		}
		int sameCounty = random.nextInt(30);
		int otherCounty = sameCounty + random.nextInt(60);
		int balanceStep = random.nextInt(25);
		int keepBonus = random.nextInt(50);
		int helperStep = maxRightCapacity == 1 ? 0 : random.nextInt(30);
		CostModel costs = seed % 3 == 0
				? new CostModel(sameCounty, otherCounty, balanceStep, keepBonus, (a, b) -> 0, false, helperStep)
				: new CostModel(sameCounty, otherCounty, balanceStep, keepBonus, (a, b) -> mismatch[index(a)][index(b)], true,
						helperStep);
		Set<Pair> existing = new HashSet<>();
		Set<Pair> locked = new HashSet<>();
		int[] lockedOf = new int[leftCount];
		java.util.Map<Long, Integer> lockedOfRight = new java.util.HashMap<>();
		for (Right r : rights) {
			for (int helper = 0; helper < r.capacity(); helper++) {
				int li = random.nextInt(leftCount);
				Pair p = new Pair(lefts.get(li).id(), r.id());
				int roll = random.nextInt(10);
				if (roll < 3) {
					existing.add(p);
				}
				else if (roll == 3 && lockedOf[li] < lefts.get(li).capacity() && !locked.contains(p)
						&& lockedOfRight.getOrDefault(r.id(), 0) < r.capacity()) {
					locked.add(p);
					lockedOf[li]++;
					lockedOfRight.merge(r.id(), 1, Integer::sum);
				}
			}
		}
		return new MatchingProblem(lefts, rights, existing, locked, costs);
	}

	private static int index(String attribute) {
		return attribute == null ? 2 : attribute.equals("A") ? 0 : 1;
	}

	private static <T> T pick(Random random, T[] values) {
		return values[random.nextInt(values.length)];
	}

	private RandomInstances() {
	}
}
