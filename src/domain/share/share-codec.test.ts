import fc from 'fast-check';
import { deflateSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { arbAnswers, arbModule } from '../../testing/arbitraries.ts';
import { shareLinkLengthFor20Modules, TWENTY_MODULE_SCENARIO } from '../../testing/golden/scenarios.ts';
import * as A from '../answers.ts';
import { DEFAULT_ANSWERS, parseAnswers, type Answers } from '../answers.ts';
import { MODEL_VERSION } from '../model-version.ts';
import { CURRENT_FORMAT_VERSION, MIGRATIONS, migrateToCurrent } from './migrations.ts';
import { packV1 } from './format-1.ts';
import { fromBase64Url, MAX_UNPACKED_BYTES, packV2, toBase64Url, unpack } from './pack.ts';
import {
  answersToWire,
  createShareState,
  decodeShareState,
  encodeShareState,
  MAX_PAYLOAD_LENGTH,
  type DecodeResult,
  type ShareState,
} from './share-codec.ts';
import { SECTIONS, type FieldSpec } from '../fields/index.ts';
import { APPENDABLE_SINCE_FORMAT, valueToWire, WIRE_FIELDS, WIRE_SECTIONS } from './wire.ts';

/**
 * The choice tables as format 1 numbered them (2026-11-25), frozen here: the descriptions' choice tables
 * (src/domain/fields) must keep these values at these indexes, or every link already shared changes meaning.
 */
const RELEASED_CHOICES: Record<string, readonly string[]> = {
  'workload.mode': ['count', 'list'],
  'workload.defaultLanguage': ['c', 'dotnet', 'java', 'node', 'python', 'rust-go', 'unknown'],
  'workload.layerSharing': ['unknown', 'none', 'by-language', 'single-base'],
  'data.processing': ['passthrough', 'light', 'moderate', 'heavy'],
  'data.downstreamProtocol': ['mqtt', 'amqp'],
  'accelerator.kind': ['none', 'gpu', 'npu', 'vpu'],
  'accelerator.sizing': ['tops', 'workload'],
  'platform.iotEdgeVersion': ['1.6', '1.5', '1.4', '1.1'],
  'platform.hostOs': [
    'debian-12',
    'debian-11',
    'debian-13',
    'raspberry-pi-os-bookworm',
    'raspberry-pi-os-trixie',
    'ubuntu-24.04',
    'ubuntu-22.04',
    'ubuntu-20.04',
    'ubuntu-core',
    'rhel-9',
    'rhel-8',
    'azure-linux-3',
    'yocto',
    'other-linux',
    'windows-client',
    'windows-server',
  ],
  'platform.architecture': ['amd64', 'arm64', 'arm32v7', 'armv6'],
  'platform.containerEngine': ['moby', 'docker-ce', 'docker-ee', 'docker-snap'],
  'platform.containerOs': ['linux', 'windows'],
  'platform.hosting': ['bare-metal', 'hyper-v', 'vsphere', 'kvm', 'azure-vm', 'other-vm'],
  // Format 3 (2026-12-04):
  'platform.attestation': ['symmetric-key', 'x509', 'tpm'],
};

/** Build a payload of the current format (3) from any JSON value (what a hostile link author can do). */
const craft = (wire: unknown): string => `3.${packV2(JSON.stringify(wire))}`;
const craftRaw = (json: string): string => `3.${packV2(json)}`;
/** The same, packed as format 1 (lz-string) was. */
const craftV1 = (wire: unknown): string => `1.${packV1(JSON.stringify(wire))}`;
/** The answers as formats 1 and 2 wrote them: only the fields every link has had (`since` < 3). */
const legacyAnswersToWire = (answers: Answers): unknown[] => {
  const [name, ...sections] = answersToWire(answers);
  return [
    name,
    ...sections.map((values, i) => {
      const section = WIRE_SECTIONS[i];
      const keep = section
        ? WIRE_FIELDS[section].filter((f) => f.spec.wire.since < APPENDABLE_SINCE_FORMAT)
        : [];
      return (values as unknown[]).slice(0, keep.length);
    }),
  ];
};
/** A state as a format-1 link carried it (with the view and step inside the payload, as formats 1–2 did). */
const encodeV1 = (state: ShareState, view = 'wizard', step: string | null = null): string =>
  craftV1([state.modelVersion, view, step, legacyAnswersToWire(state.answers)]);
/** The answers of a state with the fields format 1 did not have at their defaults (what a v1 link opens to). */
const asOfFormat1 = (state: ShareState): ShareState => {
  const answers = { ...state.answers } as unknown as Record<string, Record<string, unknown>>;
  for (const section of WIRE_SECTIONS) {
    const values = { ...answers[section] };
    for (const { key, spec } of WIRE_FIELDS[section]) {
      if (spec.wire.since >= APPENDABLE_SINCE_FORMAT) values[key] = spec.default;
    }
    answers[section] = values;
  }
  return { ...state, answers: answers as unknown as Answers };
};
const validWire = (answers: Answers = DEFAULT_ANSWERS): unknown[] => [MODEL_VERSION, answersToWire(answers)];

/** The answers a result leaves the app with: the state, or the partial, or null. */
const answersOf = (result: DecodeResult): Answers | null =>
  result.ok ? result.state.answers : (result.partial?.answers ?? null);

const arbToken = fc.stringMatching(/^[a-z][a-z0-9-]{0,12}$/);
const trimmedText = (max: number) => fc.string({ unit: 'grapheme', maxLength: max }).map((s) => s.trim());

/** Valid answers with arbitrary Unicode text in every free-text field (arbAnswers keeps names tame). */
const arbUnicodeAnswers: fc.Arbitrary<Answers> = fc
  .tuple(
    arbAnswers,
    trimmedText(20),
    fc.array(fc.tuple(arbModule, trimmedText(20), fc.string({ maxLength: 60 })), { maxLength: 6 }),
  )
  .map(([answers, scenarioName, rows]) => ({
    ...answers,
    scenarioName,
    workload: {
      ...answers.workload,
      modules: rows.map(([module, name, image]) => ({ ...module, name, image })),
    },
  }));

const arbShareState = (answers: fc.Arbitrary<Answers>): fc.Arbitrary<ShareState> =>
  fc.record({
    answers,
    modelVersion: fc.constantFrom(MODEL_VERSION, '2025.01.1', '2026.12.3'),
  });

describe('encodeShareState', () => {
  const pinned = { ...createShareState(DEFAULT_ANSWERS), modelVersion: '2026.11.1' };

  it('pins wire format 3 for the default state (a change here breaks every link already shared)', () => {
    expect(encodeShareState(pinned)).toMatchInlineSnapshot(
      `"3.bUq7CoAwDPyV0vmQJND-gYODm1vJZIsIRScF_94UpJPcwT2TF5I4MA_skfz8uOlc3Ji34nK597VYSxBEpKT4o4JMAoTADdQiocOS2Ao2c1y1Inw794-o6gs"`,
    );
  });

  it('still opens the format-2 link of the default state (pinned before format 3)', () => {
    const v2 =
      '2.i1YyMjAy0zM01DNU0lEqz6xKLEpR0skrzcnRiVbyrVTwzA9RcE1JT1VISS3LTE5V0ok20DHSMdOJjo7VwYZidQyAlKmOkYGOIQgagLgGOnAI5BkBZYEUyA6onCFULjYWAA';
    expect(decodeShareState(v2)).toEqual({ ok: true, state: pinned, notices: expect.any(Array) });
  });

  it('pins the format-1 packing of the same JSON (links shared before format 2 look like this)', () => {
    expect(encodeV1(pinned)).toMatchInlineSnapshot(
      `"1.NoIgTADGBsB0CM8EgDQgO4EsBeBDATgCaoB2ArgDYUqgCyAngAQCSA9gCqMCihA5gKaNC-AG6YAxv1TAIKMCmg1gAXRqqVazRu3LVEdQFY5s+ClPwI+mrJspbV4GCNh15Kutun7u5UA"`,
    );
  });

  it('writes the format version outside the compressed blob and the model version inside it', () => {
    const payload = encodeShareState(createShareState(DEFAULT_ANSWERS));
    expect(CURRENT_FORMAT_VERSION).toBe(3);
    expect(payload.startsWith('3.')).toBe(true);
    const unpacked = unpack(3, payload.slice(2));
    expect(unpacked.ok && JSON.parse(unpacked.json)[0]).toBe(MODEL_VERSION);
  });

  it('uses only characters that are safe in a URL fragment and in route.ts (no "&", "=", "#", "?")', () => {
    fc.assert(
      fc.property(arbShareState(arbUnicodeAnswers), (state) => {
        expect(encodeShareState(state)).toMatch(/^3\.[A-Za-z0-9_-]*$/);
      }),
      { numRuns: 300 },
    );
  });

  it('keeps every released choice at its index (choice tables are append-only)', () => {
    for (const [path, released] of Object.entries(RELEASED_CHOICES)) {
      const [section, key] = path.split('.') as [keyof typeof SECTIONS, string];
      const spec = (SECTIONS[section].fields as Record<string, FieldSpec>)[key];
      expect(spec?.choices?.values.slice(0, released.length), path).toEqual(released);
      expect(spec?.wire.as, path).toBe('choice');
    }
    // Every choice field of today has its released table listed above (add a new one there when released).
    for (const section of WIRE_SECTIONS) {
      for (const { key, spec } of WIRE_FIELDS[section]) {
        if (spec.wire.as === 'choice')
          expect(RELEASED_CHOICES, `${section}.${key}`).toHaveProperty([`${section}.${key}`]);
      }
    }
  });

  it('gives every field of a section its own position, 0…n-1, the appended ones after the original ones', () => {
    for (const section of WIRE_SECTIONS) {
      const fields = WIRE_FIELDS[section];
      expect(
        fields.map((f) => f.spec.wire.at),
        section,
      ).toEqual(fields.map((_, i) => i));
      const since = fields.map((f) => f.spec.wire.since);
      expect(since, section).toEqual([...since].sort((x, y) => x - y));
      for (const value of since) expect(value === 1 || value >= APPENDABLE_SINCE_FORMAT, section).toBe(true);
    }
  });

  it('keeps a realistic 20-module scenario (every module field filled) well under 1,000 characters', () => {
    expect(TWENTY_MODULE_SCENARIO.workload.modules).toHaveLength(20);
    expect(parseAnswers(TWENTY_MODULE_SCENARIO).ok).toBe(true);
    const { payload, fragment, link } = shareLinkLengthFor20Modules();
    // Measured 2026-11-25, format 2: payload 764, fragment 775, link 812 characters
    // (format 1: 950, 961, 998). 2026-12-04, format 3 with its 4 appended fields: payload 752, link 800.
    expect(payload).toBeLessThanOrEqual(800);
    expect(fragment).toBeLessThanOrEqual(820);
    expect(link).toBeLessThanOrEqual(850);
    const v1 = encodeV1(createShareState(TWENTY_MODULE_SCENARIO), 'report').length;
    expect(payload).toBeLessThan(v1 * 0.85);
  });

  it('cuts images around the module name, and the decoder reads any cut', () => {
    const modules = answersToWire({
      ...DEFAULT_ANSWERS,
      workload: {
        ...DEFAULT_ANSWERS.workload,
        modules: [
          { ...A.DEFAULT_MODULE, name: 'sensor', image: 'mcr.microsoft.com/azureiotedge-sensor:1.5' },
          { ...A.DEFAULT_MODULE, name: 'x', image: 'acr.io/line/filter:1' },
          { ...A.DEFAULT_MODULE, name: 'y', image: '' },
        ],
      },
    })[1] as unknown[];
    expect(modules[3]).toEqual([
      ['mcr.microsoft.com/azureiotedge-', 'acr.io/line/'],
      ['sensor', 'x', 'y'],
      [6, 6, 6],
      [-1, 1, null],
      [':1.5', 'filter:1', ''],
      [null, null, null],
      [null, null, null],
      [null, null, null],
    ]);
  });
});

describe('decodeShareState: round trip', () => {
  it('decode(encode(s)) deep-equals s for any valid state (arbAnswers)', () => {
    fc.assert(
      fc.property(arbShareState(arbAnswers), (state) => {
        const result = decodeShareState(encodeShareState(state));
        expect(result.ok).toBe(true);
        if (result.ok) expect(result.state).toEqual(state);
      }),
      { numRuns: 1_000 },
    );
  });

  it('decode(encode(s)) deep-equals s with arbitrary Unicode names and images', () => {
    fc.assert(
      fc.property(arbShareState(arbUnicodeAnswers), (state) => {
        const result = decodeShareState(encodeShareState(state));
        expect(result).toMatchObject({ ok: true });
        if (result.ok) expect(result.state).toEqual(state);
      }),
      { numRuns: 500 },
    );
  });

  it('decodes format-1 links of any valid state to the same state, new fields at their defaults', () => {
    fc.assert(
      fc.property(arbShareState(arbUnicodeAnswers), arbToken, (state, view) => {
        const result = decodeShareState(encodeV1(state, view, 'data'));
        expect(result).toMatchObject({ ok: true, state: asOfFormat1(state) });
      }),
      { numRuns: 500 },
    );
  });

  it('base64url: bytes → text → the same bytes; text of an impossible length is refused', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 200 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toMatch(/^[A-Za-z0-9_-]*$/);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(fromBase64Url(text)).toEqual(bytes);
      }),
      { numRuns: 500 },
    );
    expect(fromBase64Url('AAAAA')).toBeNull();
    expect(fromBase64Url('AA=A')).toBeNull();
  });

  it('round-trips the 20-module scenario and the defaults', () => {
    for (const answers of [TWENTY_MODULE_SCENARIO, DEFAULT_ANSWERS]) {
      const state = createShareState(answers);
      expect(decodeShareState(encodeShareState(state))).toEqual({ ok: true, state, notices: [] });
    }
  });
});

describe('decodeShareState: never throws, and what it returns is always valid', () => {
  const check = (payload: string) => {
    const result = decodeShareState(payload);
    if (!result.ok) expect(result.error.length).toBeGreaterThan(10);
    const answers = answersOf(result);
    if (answers) expect(parseAnswers(answers).ok).toBe(true);
  };

  it('survives thousands of random strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 300 }), check), { numRuns: 2_000 });
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), check), { numRuns: 1_000 });
  });

  it('survives random strings behind a valid format tag, in the lz-string alphabet (format 1)', () => {
    const alphabet = fc.constantFrom(
      ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+-$'.split(''),
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 400 }), (chars) => check(`1.${chars.join('')}`)),
      { numRuns: 2_000 },
    );
  });

  it('survives random strings behind a valid format tag, in the base64url alphabet (formats 2, 3)', () => {
    const alphabet = fc.constantFrom(
      ...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_'.split(''),
    );
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 400 }), fc.constantFrom(2, 3), (chars, format) =>
        check(`${format}.${chars.join('')}`),
      ),
      { numRuns: 3_000 },
    );
  });

  it('survives random bytes that are valid base64url (fflate throws on most: caught)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 1, maxLength: 300 }), (bytes) =>
        check(`3.${toBase64Url(bytes)}`),
      ),
      { numRuns: 2_000 },
    );
  });

  it('survives valid DEFLATE data of anything (random bytes, invalid UTF-8, not JSON)', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) =>
        check(`3.${toBase64Url(deflateSync(bytes))}`),
      ),
      { numRuns: 1_000 },
    );
  });

  it('survives any JSON value inside a well-formed payload', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (wire) => {
        check(craft(wire));
        check(craftV1(wire));
      }),
      { numRuns: 1_000 },
    );
    fc.assert(
      fc.property(fc.array(fc.jsonValue(), { maxLength: 6 }), (wire) => check(craft(wire))),
      { numRuns: 1_000 },
    );
  });

  it('survives valid links with characters changed, removed or cut off', () => {
    fc.assert(
      fc.property(
        arbShareState(arbAnswers),
        fc.nat(),
        fc.nat(),
        fc.constantFrom('A', '$', '9', ''),
        (state, at, cut, ch) => {
          for (const payload of [encodeShareState(state), encodeV1(state)]) {
            const i = 2 + (at % (payload.length - 2));
            check(payload.slice(0, i) + ch + payload.slice(i + 1));
            check(payload.slice(0, 2 + (cut % (payload.length - 2))));
          }
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('survives valid wire values with one position replaced by anything', () => {
    const wireOf = (state: ShareState) => [state.modelVersion, answersToWire(state.answers)];
    fc.assert(
      fc.property(
        arbShareState(arbAnswers),
        fc.array(fc.nat(10), { minLength: 1, maxLength: 4 }),
        fc.jsonValue(),
        (state, path, junk) => {
          const wire = wireOf(state);
          let node: unknown = wire;
          for (const [depth, step] of path.entries()) {
            if (!Array.isArray(node) || node.length === 0) break;
            const index = step % node.length;
            if (depth === path.length - 1 || !Array.isArray(node[index])) {
              node[index] = junk;
              break;
            }
            node = node[index];
          }
          check(craft(wire));
        },
      ),
      { numRuns: 1_000 },
    );
  });
});

describe('decodeShareState: bad links, case by case', () => {
  const defaults = createShareState(DEFAULT_ANSWERS);

  it.each([
    ['empty', '', 'empty', /empty/],
    ['whitespace', '   ', 'empty', /empty/],
    ['no format tag', 'hello', 'not-a-link', /not an Edge Sizer share link/],
    ['newer format', '7.NoIgTADGBsB0', 'unknown-version', /newer version of Edge Sizer/],
    ['format 0', '0.NoIgTADGBsB0', 'unknown-version', /never existed/],
    ['foreign characters', '1.abc<script>', 'corrupt', /characters an Edge Sizer link never has/],
    ['garbled data', '1.!!!!', 'corrupt', /characters/],
    ['undecodable data', '1.AAAAAAAA', 'corrupt', /could not be unpacked/],
    ['not JSON', craftRaw('{oops'), 'corrupt', /could not be unpacked/],
    ['not JSON (format 1)', `1.${packV1('{oops')}`, 'corrupt', /could not be unpacked/],
    ['too long', `1.${'A'.repeat(MAX_PAYLOAD_LENGTH)}`, 'too-long', /too long/],
    ['too long (format 3)', `3.${'A'.repeat(MAX_PAYLOAD_LENGTH)}`, 'too-long', /too long/],
    [
      'format 2 with a format-1 character',
      '2.NY69$sMw',
      'corrupt',
      /characters an Edge Sizer link never has/,
    ],
    [
      'format 1 with a format-2 character',
      '1.NoIg_TAD',
      'corrupt',
      /characters an Edge Sizer link never has/,
    ],
    ['format 2, invalid DEFLATE data', '2.____AAAA', 'corrupt', /could not be unpacked/],
    ['format 2, impossible base64url length', '2.AAAAA', 'corrupt', /could not be unpacked/],
    ['format 2, empty body', '2.', 'corrupt', /could not be unpacked/],
    [
      'format 2, a DEFLATE bomb (2 MB of spaces in 2.7 k characters)',
      `2.${toBase64Url(deflateSync(new Uint8Array(2_097_152).fill(32), { level: 9 }))}`,
      'too-long',
      /unpacks to more than 1 MB/,
    ],
    [
      'an object instead of the wire array',
      craft({ answers: DEFAULT_ANSWERS }),
      'invalid',
      /does not hold Edge Sizer answers/,
    ],
    ['a bare number', craft(42), 'invalid', /does not hold/],
  ])('%s → %s, nothing read', (_name, payload, reason, message) => {
    const result = decodeShareState(payload);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.reason).toBe(reason);
      expect(result.error).toMatch(message);
      expect(result.partial).toBeUndefined();
    }
  });

  it('says a link was cut off when its end is missing (both formats)', () => {
    const state = createShareState(TWENTY_MODULE_SCENARIO);
    const cuts: [string, number[]][] = [
      [encodeShareState(state), [1, 2, 3, 40]],
      // lz-string has no end marker: a format-1 link one character short can still unpack (to other data).
      [encodeV1(state), [40]],
    ];
    for (const [payload, lengths] of cuts) {
      for (const cut of lengths) {
        const result = decodeShareState(payload.slice(0, payload.length - cut));
        expect(result).toMatchObject({ ok: false, reason: 'corrupt' });
        if (!result.ok) expect(result.error).toMatch(/cut off/);
      }
    }
  });

  it('format 2: a link cut anywhere never opens as something else', () => {
    fc.assert(
      fc.property(arbShareState(arbAnswers), fc.nat(), (state, at) => {
        const payload = encodeShareState(state);
        const result = decodeShareState(payload.slice(0, 2 + (at % (payload.length - 2))));
        if (result.ok) expect(result.state).toEqual(state);
      }),
      { numRuns: 1_000 },
    );
  });

  it('refuses what unpacks to more than MAX_UNPACKED_BYTES, and accepts exactly that much', () => {
    const exactly = toBase64Url(deflateSync(new Uint8Array(MAX_UNPACKED_BYTES).fill(32)));
    expect(unpack(2, exactly)).toMatchObject({ ok: true });
    const over = toBase64Url(deflateSync(new Uint8Array(MAX_UNPACKED_BYTES + 1).fill(32)));
    expect(unpack(2, over)).toEqual({ ok: false, problem: 'too-large' });
    expect(unpack(CURRENT_FORMAT_VERSION + 1, 'AAAA')).toEqual({ ok: false, problem: 'unknown-format' });
  });

  const withField = (section: number, position: number, value: unknown) => {
    const wire = validWire();
    const answers = wire[1] as unknown[];
    if (section === 0) answers[0] = value;
    else (answers[section] as unknown[])[position] = value;
    return craft(wire);
  };

  it.each([
    [
      'a string where a number belongs',
      withField(2, 0, '5'),
      'data.messagesPerSecondAvg',
      /must be a number/,
    ],
    ['a huge number', withField(2, 0, 1e300), 'data.messagesPerSecondAvg', /at most 100,000/],
    [
      'an infinite number (1e999)',
      craftRaw(JSON.stringify(validWire()).replace('[5,20,1,1,100]', '[1e999,20,1,1,100]')),
      'data.messagesPerSecondAvg',
      /finite|at most/,
    ],
    ['a negative number', withField(4, 0, -5), 'performance.headroomPercent', /at least 0/],
    ['a fraction where a whole number belongs', withField(1, 1, 2.5), 'workload.moduleCount', /whole number/],
    ['an unknown choice number', withField(6, 1, 99), 'platform.hostOs', /does not exist/],
    ['a negative choice number', withField(6, 2, -1), 'platform.architecture', /does not exist/],
    [
      'an unknown choice name',
      withField(6, 2, 'sparc'),
      'platform.architecture',
      /platform\.architecture: not one of the known choices \(the link had "sparc"\)/,
    ],
    [
      'an object where a choice belongs',
      withField(3, 0, { __proto__: { polluted: true } }),
      'accelerator.kind',
      /accelerator\.kind/,
    ],
    ['a name longer than allowed', withField(0, 0, 'x'.repeat(500)), 'scenarioName', /at most 80 characters/],
    ['a number for the name', withField(0, 0, 12), 'scenarioName', /must be text/],
  ])('%s: reports %s, keeps the rest', (_name, payload, path, message) => {
    const result = decodeShareState(payload);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reason).toBe('invalid');
    expect(result.problems.join('\n')).toContain(path);
    expect(result.problems.join('\n')).toMatch(message);
    expect(result.partial?.answers).toEqual(DEFAULT_ANSWERS); // the broken field fell back to its default
    expect(result.error).toMatch(/replaced by its default/);
  });

  it('keeps script in strings as plain text (it is data, never markup) and flags nothing', () => {
    const hostile = '<img src=x onerror=alert(1)><script>alert(2)</script>';
    const answers: Answers = { ...DEFAULT_ANSWERS, scenarioName: hostile.slice(0, 80) };
    const result = decodeShareState(encodeShareState(createShareState(answers)));
    expect(result.ok && result.state.answers.scenarioName).toBe(hostile.slice(0, 80));
  });

  it('ignores __proto__, constructor and prototype keys without polluting Object.prototype', () => {
    const json = JSON.stringify(validWire()).replace(
      /^\[/,
      '[{"__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted":"yes"}}},',
    );
    const result = decodeShareState(craftRaw(json));
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty('polluted');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(answersOf(result)).not.toBeNull();
  });

  it('ignores values a newer version added, opens the rest, and says to reload (not "damaged")', () => {
    const wire = validWire();
    (wire[1] as unknown[]).push({ evil: true }, 'more');
    const budget = (wire[1] as unknown[])[5] as unknown[];
    // The default state leaves the fleet's default answers off the end (omitDefault): write them, then two more.
    budget.push(
      ...WIRE_FIELDS.budget.slice(budget.length).map(({ spec }) => valueToWire(spec, spec.default)),
    );
    budget.push(3, 'new');
    const result = decodeShareState(craft([...wire, 'extra']));
    expect(result).toMatchObject({ ok: true, state: defaults });
    expect(result.notices).toEqual([
      expect.stringMatching(/newer version of Edge Sizer: 5 answers .* Reload/),
    ]);
  });

  it('opens a format-3 link made before a field was appended with its default, and says nothing', () => {
    const answers: Answers = {
      ...TWENTY_MODULE_SCENARIO,
      platform: { ...TWENTY_MODULE_SCENARIO.platform, deploymentsPerMonth: 9, attestation: 'x509' },
    };
    const wire = validWire(answers);
    const platform = (wire[1] as unknown[])[6] as unknown[];
    platform.length = 7; // as if deploymentsPerMonth (position 7) did not exist yet
    const result = decodeShareState(craft(wire));
    expect(result).toEqual({
      ok: true,
      notices: [],
      state: createShareState({
        ...answers,
        platform: { ...answers.platform, deploymentsPerMonth: DEFAULT_ANSWERS.platform.deploymentsPerMonth },
      }),
    });
  });

  it('writes yes/no answers as 1/0 and reads them back', () => {
    const answers: Answers = {
      ...DEFAULT_ANSWERS,
      performance: { ...DEFAULT_ANSWERS.performance, mayBootOffline: false },
    };
    expect((answersToWire(answers)[4] as unknown[])[2]).toBe(0);
    expect(decodeShareState(encodeShareState(createShareState(answers)))).toMatchObject({
      ok: true,
      state: { answers },
    });
    const bad = decodeShareState(withField(4, 2, 'maybe'));
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.problems.join(' ')).toMatch(/performance\.mayBootOffline: Answer yes or no/);
  });

  it('keeps the readable sections when one section is missing or of the wrong type', () => {
    const performance = { ...DEFAULT_ANSWERS.performance, headroomPercent: 60, offlineHours: 12 };
    const answers: Answers = { ...DEFAULT_ANSWERS, performance };
    const wire = validWire(answers);
    (wire[1] as unknown[])[2] = 'not a section';
    const result = decodeShareState(craft(wire));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.partial?.answers.performance).toEqual(performance);
      expect(result.partial?.answers.data).toEqual(DEFAULT_ANSWERS.data);
      expect(result.problems[0]).toMatch(/^data should be a list/);
    }
  });

  it('keeps readable module fields and replaces only the broken ones', () => {
    const wire = validWire(TWENTY_MODULE_SCENARIO);
    const modules = ((wire[1] as unknown[])[1] as unknown[])[3] as unknown[][];
    (modules[5] as unknown[])[3] = 'lots'; // module 4's image size
    (modules[3] as unknown[])[2] = 999; // module 3's image registry reference
    const result = decodeShareState(craft(wire));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    const kept = result.partial?.answers.workload.modules ?? [];
    expect(kept).toHaveLength(20);
    expect(kept[3]).toEqual({ ...TWENTY_MODULE_SCENARIO.workload.modules[3], imageSizeMb: null });
    expect(kept[2]).toEqual({ ...TWENTY_MODULE_SCENARIO.workload.modules[2], image: '' });
    expect(kept[4]).toEqual(TWENTY_MODULE_SCENARIO.workload.modules[4]);
    expect(result.problems).toHaveLength(2);
    expect(result.problems.join('\n')).toMatch(
      /workload\.modules\[3\]\.imageSizeMb: Image size \(MB\) must be a number/,
    );
  });

  it('keeps only the first 200 modules of a link that lists more', () => {
    const many = Array.from({ length: 260 }, (_, i) => ({ ...A.DEFAULT_MODULE, name: `m${i}` }));
    const wire = validWire({
      ...DEFAULT_ANSWERS,
      workload: { ...DEFAULT_ANSWERS.workload, mode: 'list', modules: many.slice(0, 200) },
    });
    const columns = ((wire[1] as unknown[])[1] as unknown[])[3] as unknown[][];
    columns[1] = many.map((m) => m.name);
    const result = decodeShareState(craft(wire));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.partial?.answers.workload.modules).toHaveLength(200);
      expect(result.problems.join(' ')).toMatch(/had 260 modules; only the first 200 were kept/);
    }
  });

  it('lists at most a dozen problems and counts the rest', () => {
    const result = decodeShareState(craft([MODEL_VERSION, ['x', [], [], [], [], [], []]]));
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.problems.length).toBe(13);
      expect(result.problems.at(-1)).toMatch(/and \d+ more/);
      expect(result.partial?.answers).toEqual({ ...DEFAULT_ANSWERS, scenarioName: 'x' });
    }
  });

  it('ignores the copy of the view and step inside a format-1 or format-2 payload, whatever it holds', () => {
    const v1 = craftV1([MODEL_VERSION, '<b>', 7, legacyAnswersToWire(DEFAULT_ANSWERS)]);
    expect(decodeShareState(v1)).toEqual({ ok: true, state: defaults, notices: [] });
  });

  it('tolerates a payload that a mail or chat app percent-encoded or wrapped over lines', () => {
    const payload = encodeShareState(createShareState(TWENTY_MODULE_SCENARIO));
    const mangled = `${payload.slice(0, 50)}\n  ${payload.slice(50)}`
      .replace(/\$/g, '%24')
      .replace(/\+/g, '%2B');
    expect(decodeShareState(mangled)).toMatchObject({ ok: true });
    const v1 = encodeV1(createShareState(TWENTY_MODULE_SCENARIO));
    expect(decodeShareState(v1.replace(/\$/g, '%24').replace(/\+/g, '%2B'))).toMatchObject({ ok: true });
  });
});

describe('model version', () => {
  it('says when a link was made with another model, and still opens it', () => {
    const state = { ...createShareState(DEFAULT_ANSWERS), modelVersion: '2025.06.2' };
    const result = decodeShareState(encodeShareState(state));
    expect(result.ok).toBe(true);
    expect(result.notices).toEqual([
      `This link was made with sizing model 2025.06.2; the numbers shown are today's model ${MODEL_VERSION}.`,
    ]);
  });

  it('a link made before the 2026.12.1 grading rule (model 2026.11.2) opens with the older-model note', () => {
    expect(MODEL_VERSION).toBe('2026.12.4');
    const state = { ...createShareState(DEFAULT_ANSWERS), modelVersion: '2026.11.2' };
    const result = decodeShareState(encodeShareState(state));
    expect(result.ok && result.state.answers).toEqual(DEFAULT_ANSWERS);
    expect(result.notices).toEqual([
      "This link was made with sizing model 2026.11.2; the numbers shown are today's model 2026.12.4.",
    ]);
  });

  it('has no notice for a link of the current model', () => {
    expect(decodeShareState(encodeShareState(createShareState(DEFAULT_ANSWERS))).notices).toEqual([]);
  });
});

describe('migrations', () => {
  it('has one migration per past format', () => {
    expect(MIGRATIONS).toHaveLength(CURRENT_FORMAT_VERSION - 1);
  });

  it('v1 → v2 keeps the JSON layout; v2 → v3 drops the copy of the view and step', () => {
    const answers = legacyAnswersToWire(TWENTY_MODULE_SCENARIO);
    expect(MIGRATIONS[0]?.([MODEL_VERSION, 'report', null, answers])).toEqual([
      MODEL_VERSION,
      'report',
      null,
      answers,
    ]);
    expect(migrateToCurrent(1, [MODEL_VERSION, 'report', null, answers])).toEqual({
      ok: true,
      wire: [MODEL_VERSION, answers],
    });
    expect(migrateToCurrent(2, 'not a list')).toEqual({ ok: true, wire: 'not a list' });
  });

  it('passes the current format through and refuses formats that never existed or are newer', () => {
    expect(migrateToCurrent(CURRENT_FORMAT_VERSION, ['x'])).toEqual({ ok: true, wire: ['x'] });
    expect(migrateToCurrent(0, [])).toMatchObject({ ok: false });
    expect(migrateToCurrent(CURRENT_FORMAT_VERSION + 1, [])).toMatchObject({ ok: false });
  });
});
