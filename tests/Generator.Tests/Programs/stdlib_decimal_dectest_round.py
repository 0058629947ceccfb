# decTest lines (Cowlishaw's General Decimal Arithmetic test cases, from CPython's test/decimaltestdata), a
# selection, run as test_decimal.py's eval_file runs them: each result and the signals it raised.
from decimal import *

TESTS = [
    '# quantize',
    'precision: 9',
    'rounding: half_up',
    'maxexponent: 999',
    'minexponent: -999',
    'quax001 quantize 0 1e0 -> 0',
    'quax027 quantize -0.1 1e-1 -> -0.1',
    'quax046 quantize -0.9 1e-2 -> -0.90',
    'quax091 quantize 12 1e+2 -> 0E+2 Inexact Rounded',
    'quax110 quantize +1 1e0 -> 1',
    'quax144 quantize 1E-10 1e-2 -> 0.00 Inexact Rounded',
    'quax170 quantize 0.9 6666e+2 -> 0E+2 Inexact Rounded',
    'quax201 quantize -1 1e+0 -> -1',
    'quax230 quantize 1.05 1e+1 -> 0E+1 Inexact Rounded',
    'quax253 quantize 1E-10 1e+1 -> 0E+1 Inexact Rounded',
    'quax272 quantize 1E+10 1e+2 -> 1.00000000E+10',
    'quax295 quantize 0E-10 1e+3 -> 0E+3',
    'quax322 quantize 0.078 1e-3 -> 0.078',
    'quax345 quantize 0.78 1e0 -> 1 Inexact Rounded',
    'quax368 quantize 7.8 1e+3 -> 0E+3 Inexact Rounded',
    'precision: 7',
    'quax391 quantize 12.34567 1e-3 -> 12.346 Inexact Rounded',
    'precision: 9',
    'quax415 quantize 0.999 1e0 -> 1 Inexact Rounded',
    'quax443 quantize 0.000999 1e-2 -> 0.00 Inexact Rounded',
    'precision: 8',
    'quax464 quantize 9.999E-15 1e-8 -> 0E-8 Inexact Rounded',
    'precision: 7',
    'quax909 quantize 9.999E-15 1e-13 -> 0E-13 Inexact Rounded',
    'precision: 6',
    'quax934 quantize 9.999E-15 1e-18 -> 9.999E-15',
    'quax953 quantize 9.999E-15 1e1 -> 0E+1 Inexact Rounded',
    'precision: 3',
    'quax978 quantize 9.999E-15 1e-4 -> 0.0000 Inexact Rounded',
    'quax1014 quantize 1.5551 0.001 -> NaN Invalid_operation',
    'precision: 15',
    'quax501 quantize 0 1e0 -> 0',
    'maxexponent: 999999999',
    'minexponent: -999999999',
    'quax522 quantize 1.234 1e999999999 -> 0E+999999999 Inexact Rounded',
    'precision: 7',
    'maxexponent: 999',
    'minexponent: -999',
    'quax541 quantize 1E+999 1e+999 -> 1E+999',
    'quax560 quantize 1.666666E-1004 1e-1005 -> 1.7E-1004 Subnormal Inexact Rounded',
    'quax595 quantize -0 Inf -> NaN Invalid_operation',
    'quax623 quantize NaN 1e-1 -> NaN',
    'quax645 quantize sNaN 1e1 -> NaN Invalid_operation',
    'quax665 quantize -Inf NaN4 -> NaN4',
    'quax691 quantize -sNaN99 -Inf -> -NaN99 Invalid_operation',
    'precision: 4',
    'quax720 quantize 0.0001E-999 1e-1001 -> 0E-1001 Inexact Rounded',
    'quax748 quantize -0.001E-999 1e-1000 -> -0E-1000 Inexact Rounded',
    'quax767 quantize -0.009E-999 1e-1002 -> -9E-1002 Subnormal',
    'precision: 9',
    'maxexponent: 999999999',
    'minexponent: -999999999',
    'quax806 quantize 0 1e-3000000000 -> NaN Invalid_operation',
    'quax845 quantize 0 1e-999999999 -> 0E-999999999',
    'precision: 16',
    'maxexponent: 384',
    'minexponent: -383',
    'quax1041 quantize -2147483647 0 -> -2147483647',
    'quax1109 quantize 0000010000 0 -> 10000',
    '# rounding',
    'precision: 5',
    'maxexponent: 999',
    'minexponent: -999',
    'rounding: down',
    'radx100 add 12345 -0.1 -> 12344 Inexact Rounded',
    'radx128 add 12345 0.51 -> 12345 Inexact Rounded',
    'rounding: half_down',
    'radx166 add 12345 0.5001 -> 12346 Inexact Rounded',
    'rounding: half_even',
    'radx194 add 12345 0.5 -> 12346 Inexact Rounded',
    'rounding: half_up',
    'radx222 add 12345 0.499 -> 12345 Inexact Rounded',
    'rounding: up',
    'radx250 add 12345 0.4 -> 12346 Inexact Rounded',
    'rounding: floor',
    'radx316 add 12346 0.5 -> 12346 Inexact Rounded',
    'rounding: ceiling',
    'radx343 add 12345 0.1 -> 12346 Inexact Rounded',
    'rounding: down',
    'rsux111 add -12345 0.001 -> -12344 Inexact Rounded',
    'rounding: half_down',
    'rsux149 add -12345 0.00001 -> -12345 Inexact Rounded',
    'rounding: half_even',
    'rsux177 add -12345 0.0000001 -> -12345 Inexact Rounded',
    'rounding: half_up',
    'rsux205 add -12345 -0.0000001 -> -12345 Inexact Rounded',
    'rounding: up',
    'rsux233 add -12345 -0.00001 -> -12346 Inexact Rounded',
    'rounding: floor',
    'rsux301 add -12345 -0.01 -> -12346 Inexact Rounded',
    'rsux329 add -12345 0.6 -> -12345 Inexact Rounded',
    'rounding: ceiling',
    'rsux357 add -12345 0.501 -> -12344 Inexact Rounded',
    'rounding: half_up',
    'rzex023 add -0 0 -> 0',
    'rounding: half_even',
    'rzex048 add -1.5 1.5 -> 0.0',
    'rounding: down',
    'rdvx103 divide 12345 1.001 -> 12332 Inexact Rounded',
    'rounding: half_down',
    'rdvx210 divide 12345 4.9 -> 2519.4 Inexact Rounded',
    'rounding: half_even',
    'rdvx317 divide 12345 5.01 -> 2464.1 Inexact Rounded',
    'rounding: up',
    'rdvx506 divide 12355 4 -> 3088.8 Inexact Rounded',
    'rounding: floor',
    'rdvx613 divide 12345 4.9999 -> 2469.0 Inexact Rounded',
    'rounding: down',
    'rmux102 multiply 12345 1.0001 -> 12346 Inexact Rounded',
    'rounding: half_down',
    'rmux208 multiply 12345 4.9 -> 60490 Inexact Rounded',
    'rounding: half_even',
    'rmux314 multiply 12345 5.001 -> 61737 Inexact Rounded',
    'rounding: up',
    'rmux501 multiply 12345 1 -> 12345',
    'rounding: floor',
    'rmux607 multiply 12345 4.0001 -> 49381 Inexact Rounded',
    'rounding: ceiling',
    'rmux713 multiply 12345 5.0001 -> 61727 Inexact Rounded',
    'rounding: half_down',
    'rpox206 power 12345 0 -> 1',
    'rounding: half_up',
    'rpox405 power 12345 -1 -> 0.000081004 Inexact Rounded',
    'rounding: floor',
    'rpox604 power 12345 -2 -> 6.5617E-9 Inexact Rounded',
    'maxexponent: 999999999',
    'minexponent: -999999999',
    'rounding: down',
    'rovx102 divide 1E-9 9E+999999999 -> 0E-1000000003 Underflow Subnormal Inexact Rounded Clamped',
    'rounding: half_down',
    'rovx164 divide -1E-9 9E+999999999 -> -0E-1000000003 Underflow Subnormal Inexact Rounded Clamped',
    'precision: 9',
    'rounding: half_even',
    'rmex404 multiply -9.999E+999999999 10 -> -Infinity Overflow Inexact Rounded',
    'precision: 5',
    'maxexponent: 999',
    'minexponent: -999',
    'rounding: 05up',
    'r05up016 add 12345 0.000 -> 12345 Rounded',
    'r05up041 add -12340 0.001 -> -12339 Inexact Rounded',
    'r0adx116 add 12346 0.5 -> 12346 Inexact Rounded',
    'r0sux113 add -12345 0.1 -> -12344 Inexact Rounded',
    'r0dvx102 divide 12345 1.0001 -> 12343 Inexact Rounded',
    '# compare',
    'precision: 9',
    'rounding: half_up',
    'maxexponent: 999',
    'minexponent: -999',
    'comx001 compare -2 -2 -> 0',
    'comx048 compare 10 00 -> 1',
    'maxexponent: 999999999',
    'minexponent: -999999999',
    'comx105 compare 0.7E+1 7 -> 0',
    'comx223 compare -8E+0 7.0 -> -1',
    'comx341 compare 8.0 -9 -> 1',
    'comx450 compare -8 -90E-1 -> 1',
    'precision: 40',
    'comx497 compare 123.456E789 123.456E789 -> 0',
    'precision: 9',
    'comx550 compare 1E-5 1 -> -1',
    'precision: 20',
    'comx601 compare 12.0 12.2345 -> -1',
    'precision: 9',
    'comx643 compare 0 0.0 -> 0',
    'precision: 20',
    'comx685 compare 12 12.00000 -> 0',
    'precision: 15',
    'maxexponent: 999',
    'minexponent: -999',
    'comx730 compare 1 12345678901 -> -1',
    'precision: 9',
    'comx790 compare -1 Inf -> -1',
    'comx841 compare sNaN -Inf -> NaN Invalid_operation',
    'maxexponent: 999999999',
    'minexponent: -999999999',
    'comx883 compare 9E-999999999 +0.100 -> -1',
    '# comparetotal',
    'precision: 16',
    'rounding: half_up',
    'maxexponent: 384',
    'minexponent: -383',
    'cotx001 comparetotal -2 -2 -> 0',
    'cotx050 comparetotal 10 20 -> -1',
    'maxexponent: 999999999',
    'minexponent: -999999999',
    'cotx103 comparetotal 7E+0 7.0 -> 1',
    'cotx223 comparetotal -8E+0 7.0 -> -1',
    'cotx343 comparetotal 8E+0 -9.0 -> 1',
    'precision: 40',
    'cotx473 comparetotal 123.4560000000000E-89 123.456E-89 -> -1',
    'precision: 9',
    'cotx519 comparetotal 1 1E+4 -> -1',
    'cotx581 comparetotal 0.000000987654321 1E-14 -> 1',
    'precision: 20',
    'cotx625 comparetotal -12.00000 -12.2345 -> 1',
    'precision: 9',
    'cotx669 comparetotal -0E2 -0E2 -> 0',
    'maxexponent: 999',
    'minexponent: -999',
    'cotx714 comparetotal 1 -1234567891 -> 1',
    'precision: 2',
    'cotx773 comparetotal -36852134.84194296250843579428931 -36852134.94194296250843579428931 -> 1',
    'precision: 9',
    'cotx831 comparetotal -1000 NaN -> -1',
    'cotx882 comparetotal -sNaN -sNaN -> 0',
    'maxexponent: 999999999',
    'minexponent: -999999999',
    'cotx1080 comparetotal +1.23456789012345E-0 9E+999999999 -> -1',
    '# max',
    'precision: 9',
    'rounding: half_up',
    'maxexponent: 384',
    'minexponent: -383',
    'maxx001 max -2 -2 -> -2',
    'maxx037 max -0 0.0 -> 0.0',
    'maxx097 max Inf Inf -> Infinity',
    'maxx148 max NaN Inf -> Infinity',
    'maxx184 max -NaN1 NaN11 -> -NaN1',
    'maxexponent: 999',
    'minexponent: -999',
    'maxx217 max -1234567896 1 -> 1',
    'precision: 15',
    'maxexponent: 999999999',
    'minexponent: -999999999',
    'maxx338 max 9E-999999999 -0.100 -> 9E-999999999',
    'maxx412 max 0.0 -0.00 -> 0.0',
    'maxx453 max -Inf -1.1 -> -1.1',
    'precision: 3',
    'maxx501 max -9.999E+999999999 0 -> 0',
    '# min',
    'precision: 9',
    'rounding: half_up',
    'maxexponent: 384',
    'minexponent: -383',
    'mnmx001 min -2 -2 -> -2',
    'mnmx036 min -0 -0.0 -> -0',
    'mnmx105 min Inf Inf -> Infinity',
    'mnmx155 min 1 NaN -> 1',
    'mnmx190 min Inf NaN2 -> Infinity',
    'precision: 15',
    'maxexponent: 999',
    'minexponent: -999',
    'mnmx224 min 1 -1234567800 -> -1234567800',
    'maxexponent: 999999999',
    'minexponent: -999999999',
    'mnmx342 min -9e-999999998 -0.01 -> -0.01',
    'mnmx415 min -0.0 -0 -> -0',
    'mnmx461 min 1E+3 1000 -> 1000',
    'precision: 3',
    'maxexponent: 999',
    'minexponent: -999',
    'mnmx510 min 1.00E-999 0 -> 0',
    '# fma',
    'precision: 9',
    'rounding: half_up',
    'maxexponent: 384',
    'minexponent: -383',
    'fmax0001 fma 1 1 1 -> 2',
    'precision: 33',
    'maxexponent: 9999',
    'minexponent: -9999',
    'fmax2138 fma 3 30000000 0E+999999 -> 90000000',
    'precision: 9',
    'maxexponent: 999999',
    'minexponent: -999999',
    'fmax2631 fma -1000 NaN 0E+999999 -> NaN',
    'precision: 5',
    'rounding: half_even',
    'maxexponent: 79',
    'minexponent: -79',
    'fmax2883 fma 1.23E-40 1.23E-40 0E+999999 -> 1.513E-80 Inexact Rounded Subnormal Underflow',
    'precision: 9',
    'rounding: half_up',
    'maxexponent: 384',
    'minexponent: -383',
    "fmax3156 fma 1 '3' '3' -> '6'",
    'rounding: half_even',
    'maxexponent: 999999',
    'minexponent: -999999',
    'fmax3406 fma 1 1 77e-999 -> 1.00000000 Inexact Rounded',
    'precision: 24',
    'rounding: half_up',
    'maxexponent: +384',
    'minexponent: -383',
    'fmax3673 fma 1 98471198160.56524417578665886060 -23994.14313393939743548945165462 -> 98471174166.4221102363892 Inexact Rounded',
    'precision: 9',
    'fmax3878 fma 1 -1000 sNaN21 -> NaN21 Invalid_operation',
    'precision: 16',
    'maxexponent: 384',
    'fmax31320 fma 1 1E16 -0.500000000001 -> 9999999999999999 Inexact Rounded',
    'rounding: half_down',
    'fmax31531 fma 1 1E-401 1E-400 -> 0E-398 Subnormal Inexact Rounded Underflow Clamped',
    'rounding: half_even',
    "fmax36062 fma 1 1 '0.01' -> '1.01'",
    'rounding: down',
    "fmax36264 fma 1 '6543210123456789' 0.99999 -> '6543210123456789' Inexact Rounded",
    'rounding: half_even',
    'fmax36724 fma 1 00.E+2 0E+3 -> 0E+2',
    'fmax36997 fma 1 -9999999999999999E+369 -1E+368 -> -9.999999999999999E+384 Inexact Rounded',
    'rounding: half_up',
    'fmax361517 fma 1 1E-401 -1E-401 -> 0E-398 Clamped',
    '# reduce',
    'precision: 9',
    'rounding: half_up',
    'maxexponent: 999',
    'minexponent: -999',
    "redx001 reduce '1' -> '1'",
    "redx017 reduce '-0.00' -> '-0'",
    'redx041 reduce 1.1 -> 1.1',
    'redx060 reduce 10.0 -> 1E+1',
    'redx084 reduce 1.1E+3 -> 1.1E+3',
    'redx106 reduce 1.00E+2 -> 1E+2',
    'redx122 reduce -100.0000E+6 -> -1E+8',
    'precision: 3',
    'redx213 reduce 0.100E-999 -> 1E-1000 Subnormal Rounded',
    'redx238 reduce -0.001E-999 -> -0 Inexact Rounded Subnormal Underflow Clamped',
    'precision: 9',
    "redx281 reduce '-56260E-5' -> '-0.5626'",
    '# tointegralx',
    'precision: 9',
    'rounding: half_up',
    'maxexponent: 999',
    'minexponent: -999',
    'intxx001 tointegralx 0 -> 0',
    'intxx013 tointegralx 1.0 -> 1 Rounded',
    'intxx033 tointegralx -0.1 -> -0 Inexact Rounded',
    'intxx045 tointegralx -1.2 -> -1 Inexact Rounded',
    "intxx062 tointegralx '56267E-2' -> '563' Inexact Rounded",
    "intxx075 tointegralx '1.23E+999' -> '1.23E+999'",
    "intxx092 tointegralx '-56267E+6' -> '-5.6267E+10'",
    'intxx124 tointegralx 0 -> 0',
    'intxx136 tointegralx 0E+3 -> 0E+3',
    'intxx148 tointegralx -0E+2 -> -0E+2',
    'intxx202 tointegralx 100.0 -> 100 Rounded',
    'intxx220 tointegralx 55.5 -> 56 Inexact Rounded',
    'rounding: up',
    'intxx240 tointegralx 55.3 -> 56 Inexact Rounded',
    'rounding: ceiling',
    'intxx260 tointegralx 55.3 -> 56 Inexact Rounded',
    'precision: 16',
    'rounding: floor',
    'intxx300 tointegralx -2147483646 -> -2147483646',
    '# scaleb',
    'precision: 9',
    'rounding: half_up',
    'maxexponent: 999',
    'minexponent: -999',
    'scbx001 scaleb 7.50 10 -> 7.50E+10',
    'scbx016 scaleb Infinity -1 -> Infinity',
    'scbx033 scaleb 1.23 1.01 -> NaN Invalid_operation',
    'scbx120 scaleb 1.23 2015 -> Infinity Overflow Inexact Rounded',
    'scbx868 scaleb 1000 NaN91 -> NaN91',
    'scbx053 scaleb 75 -2 -> 0.75',
    'scbx072 scaleb -7 0 -> -7',
    'scbx091 scaleb 7 2 -> 7E+2',
    'scbx118 scaleb -0E-141 8 -> -0E-133',
    'scbx150 scaleb -1E-1007 +1 -> -1E-1006 Subnormal',
]


SKIPPED = {'scbx164', 'scbx165', 'expx901', 'expx902', 'expx903', 'expx905', 'lnx901', 'lnx902', 'lnx903',
           'lnx905', 'logx901', 'logx902', 'logx903', 'logx905', 'powx1183', 'powx1184', 'powx4001', 'powx4002',
           'powx4003', 'powx4005', 'powx4008', 'powx4010', 'powx4012', 'powx4014', 'pwsx803', 'pwsx805',
           'powx4302', 'powx4303', 'powx4342', 'powx4343', 'pwmx325', 'pwmx326'}

NAMES = {'and': 'logical_and', 'class': 'number_class', 'comparesig': 'compare_signal',
         'comparetotal': 'compare_total', 'comparetotmag': 'compare_total_mag', 'copy': 'copy_decimal',
         'copyabs': 'copy_abs', 'copynegate': 'copy_negate', 'copysign': 'copy_sign', 'divideint': 'divide_int',
         'invert': 'logical_invert', 'iscanonical': 'is_canonical', 'isfinite': 'is_finite',
         'isinfinite': 'is_infinite', 'isnan': 'is_nan', 'isnormal': 'is_normal', 'isqnan': 'is_qnan',
         'issigned': 'is_signed', 'issnan': 'is_snan', 'issubnormal': 'is_subnormal', 'iszero': 'is_zero',
         'maxmag': 'max_mag', 'minmag': 'min_mag', 'nextminus': 'next_minus', 'nextplus': 'next_plus',
         'nexttoward': 'next_toward', 'or': 'logical_or', 'reduce': 'normalize', 'remaindernear': 'remainder_near',
         'samequantum': 'same_quantum', 'squareroot': 'sqrt', 'toeng': 'to_eng_string',
         'tointegral': 'to_integral_value', 'tointegralx': 'to_integral_exact', 'tosci': 'to_sci_string',
         'xor': 'logical_xor'}

ROUNDINGS = {'ceiling': ROUND_CEILING, 'down': ROUND_DOWN, 'floor': ROUND_FLOOR, 'half_down': ROUND_HALF_DOWN,
             'half_even': ROUND_HALF_EVEN, 'half_up': ROUND_HALF_UP, 'up': ROUND_UP, '05up': ROUND_05UP}

ERRORS = {'clamped': Clamped, 'conversion_syntax': InvalidOperation, 'division_by_zero': DivisionByZero,
          'division_impossible': InvalidOperation, 'division_undefined': InvalidOperation, 'inexact': Inexact,
          'invalid_context': InvalidOperation, 'invalid_operation': InvalidOperation, 'overflow': Overflow,
          'rounded': Rounded, 'subnormal': Subnormal, 'underflow': Underflow}

SIGNALS = [Clamped, Rounded, Inexact, Subnormal, Underflow, Overflow, DivisionByZero, InvalidOperation]

LOGICAL = ('is_canonical', 'is_finite', 'is_infinite', 'is_nan', 'is_normal', 'is_qnan', 'is_signed', 'is_snan',
           'is_subnormal', 'is_zero', 'same_quantum')

context = Context()


def directive(s):
    funct, value = (x.strip().lower() for x in s.split(':'))
    if funct == 'rounding':
        context.rounding = ROUNDINGS[value]
    elif funct == 'precision':
        context.prec = int(value)
    elif funct == 'maxexponent':
        context.Emax = int(value)
    elif funct == 'minexponent':
        context.Emin = int(value)
    elif funct == 'clamp':
        context.clamp = int(value)


def fix_quotes(val):
    val = val.replace("''", 'SingleQuote').replace('""', 'DoubleQuote')
    val = val.replace("'", '').replace('"', '')
    return val.replace('SingleQuote', "'").replace('DoubleQuote', '"')


def equation(s):
    context.clear_flags()
    sides = s.split('->')
    left = sides[0].strip().split()
    id = left[0]
    funct = left[1].lower()
    vals_text = left[2:]
    right = sides[1].strip().split()
    ans = fix_quotes(right[0])
    expected = [ERRORS[x.lower()] for x in right[1:]]
    if id in SKIPPED:
        return
    fname = NAMES.get(funct, funct)
    if fname == 'rescale':
        return
    method = getattr(context, fname)
    for sig in SIGNALS:
        context.traps[sig] = 1
    for sig in expected:
        context.traps[sig] = 0
    vals = []
    conglomerate = ''
    quote = 0
    for val in vals_text:
        if val.count("'") % 2 == 1:
            quote = 1 - quote
        if quote:
            conglomerate = conglomerate + ' ' + val
            continue
        val = conglomerate + val
        conglomerate = ''
        v = fix_quotes(val)
        try:
            if fname in ('to_sci_string', 'to_eng_string'):
                v = context.create_decimal(v)
            else:
                v = Decimal(v, context)
        except DecimalException as e:
            print(id, 'operand raised', type(e).__name__)
            return
        vals.append(v)
    try:
        result = str(method(*vals))
    except DecimalException as e:
        print(id, 'raised', type(e).__name__)
        return
    if fname in LOGICAL:
        result = '1' if result == 'True' else '0'
    flags = sorted(sig.__name__ for sig in SIGNALS if context.flags[sig])
    agree = result == ans and sorted(set(flags)) == sorted(set(e.__name__ for e in expected))
    print(id, result, ' '.join(flags), '' if agree else '(differs from the test file)')


for line in TESTS:
    if not line.strip():
        continue
    if line.startswith('# '):
        print('--', line[2:])
        context = Context()
        continue
    if '->' in line:
        equation(line)
    elif ':' in line:
        directive(line)
