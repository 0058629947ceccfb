# decTest lines (Cowlishaw's General Decimal Arithmetic test cases, from CPython's test/decimaltestdata), a
# selection, run as test_decimal.py's eval_file runs them: each result and the signals it raised.
from decimal import *

TESTS = [
    '# add',
    'precision: 9',
    'rounding: half_up',
    'maxexponent: 384',
    'minexponent: -383',
    'addx001 add 1 1 -> 2',
    'precision: 15',
    "addx054 add '1.3' '-1.07' -> '0.23'",
    'precision: 9',
    "addx113 add 0 '-56267E-10' -> '-0.0000056267'",
    'precision: 15',
    "addx168 add '-1' '7E+12' -> '6999999999999'",
    'precision: 9',
    'rounding: half_even',
    "addx237 add '123456789' 1.00000001 -> '123456790' Inexact Rounded",
    'precision: 3',
    'rounding: half_up',
    'addx304 add 12 1 -> 13',
    'precision: 9',
    'rounding: half_even',
    'maxexponent: 999999999',
    'minexponent: -999999999',
    'addx401 add 1 77e-8 -> 1.00000077',
    'addx465 add -77e-12 1 -> 1.00000000 Inexact Rounded',
    'maxexponent: 999',
    'minexponent: -999',
    'addx530 add 0 12345678901 -> 1.23456789E+10 Inexact Rounded',
    'rounding: up',
    'maxexponent: +384',
    'minexponent: -383',
    'addx646 add 123456789 0.500001 -> 123456790 Inexact Rounded',
    'rounding: half_up',
    'addx712 add 0E+3 00. -> 0',
    'addx771 add 0.0 -1.0 -> -1.0',
    'addx834 add 0 NaN -> NaN',
    'maxexponent: 999999999',
    'minexponent: -999999999',
    'addx895 add 1E-999999999 -1.0001e-999999999 -> -1E-1000000003 Subnormal',
    'precision: 3',
    'maxexponent: 999',
    'minexponent: -999',
    'addx967 add 0.099E-999 -0.1E-999 -> -0E-1001 Inexact Rounded Subnormal Underflow Clamped',
    'precision: 5',
    'maxexponent: 79',
    'minexponent: -79',
    'addx1013 add 1.52446E-80 1E-100 -> 1.524E-80 Inexact Rounded Subnormal Underflow',
    'precision: 7',
    'rounding: down',
    'maxexponent: +96',
    'minexponent: -95',
    'addx1151 add 10000E-102 -1e-200 -> 9.99E-99 Subnormal Inexact Rounded Underflow',
    'precision: 16',
    'rounding: half_up',
    'maxexponent: 384',
    'minexponent: -383',
    'addx1333 add 1E16 -0.50000000 -> 1.000000000000000E+16 Inexact Rounded',
    'addx1393 add 9999999999999999 0.50001 -> 1.000000000000000E+16 Inexact Rounded',
    'addx1448 add 1.123456789012345E-8 0 -> 1.123456789012345E-8',
    'rounding: half_down',
    'addx1524 add 0E-400 0E-19 -> 0E-398 Clamped',
    'rounding: down',
    'addx1591 add 1E-401 1E-400 -> 0E-398 Subnormal Inexact Rounded Underflow Clamped',
    'precision: 2',
    'rounding: half_even',
    'addx1666 add 10001E+2 -2E+1 -> 1.0E+6 Inexact Rounded',
    'precision: 16',
    "addx6036 add '700' '10000e+16' -> '1.000000000000000E+20' Inexact Rounded",
    "addx6092 add '-56267E-5' 0 -> '-0.56267'",
    "addx6148 add 0 '0.00' -> '0.00'",
    'rounding: half_up',
    "addx6217 add '6543210123456789' 1.000000001 -> '6543210123456790' Inexact Rounded",
    'rounding: half_even',
    'addx6307 add 100 1 -> 101',
    'addx6413 add 10 77e-17 -> 10.00000000000000 Inexact Rounded',
    'addx6486 add -1 77e-99 -> -1.000000000000000 Inexact Rounded',
    'addx6731 add 0E+3 -00.E+1 -> 0E+1',
    'addx6780 add -Inf -Inf -> -Infinity',
    'addx6845 add sNaN 0 -> NaN Invalid_operation',
    'addx6975 add 9999999999999999E+369 1E+369 -> Infinity Overflow Inexact Rounded',
    'addx61320 add 1E16 -0.500000000001 -> 9999999999999999 Inexact Rounded',
    'addx61380 add 9999999999999999 0.50 -> 1.000000000000000E+16 Inexact Rounded',
    'addx61455 add 1.123456789012345E-15 0 -> 1.123456789012345E-15',
    'rounding: half_down',
    'addx61534 add -1E-401 -1E-400 -> -0E-398 Subnormal Inexact Rounded Underflow Clamped',
    'rounding: down',
    'addx61598 add -1E-401 -1E-401 -> -0E-398 Subnormal Inexact Rounded Underflow Clamped',
    'rounding: half_even',
    'addx62012 add 1234567890123456 6E-11 -> 1234567890123456 Inexact Rounded',
    '# subtract',
    'precision: 9',
    'rounding: half_up',
    'maxexponent: 384',
    'minexponent: -383',
    "subx001 subtract 0 0 -> '0'",
    "subx043 subtract '-7' '2.5' -> '-9.5'",
    "subx099 subtract '3' '3' -> '0'",
    "subx143 subtract '0.999999999' '1' -> '-1E-9'",
    "subx184 subtract '0.0' '-.4' -> '0.4'",
    "subx227 subtract '-56267E-5' 0 -> '-0.56267'",
    "subx327 subtract '0.9998' '-0.0002' -> '1.0000'",
    'precision: 6',
    'subx371 subtract 1 0. -> 1',
    'precision: 7',
    'subx946 subtract 101 92.00001 -> 8.99999',
    'precision: 9',
    "subx423 subtract 0 '-56267E-4' -> '5.6267'",
    'precision: 15',
    "subx476 subtract '0.444444444444444' '-0.555555555555557' -> '1.00000000000000' Inexact Rounded",
    'precision: 9',
    'rounding: half_even',
    "subx525 subtract '123456789' 0.49 -> '123456789' Inexact Rounded",
    'rounding: down',
    "subx565 subtract '123456789' 0.999999999 -> '123456788' Inexact Rounded",
    'rounding: half_even',
    "subx628 subtract 0.5 '123456789' -> '-123456788' Inexact Rounded",
    'rounding: down',
    "subx668 subtract 1.00001 '123456789' -> '-123456787' Inexact Rounded",
    'maxexponent: 999999999',
    'minexponent: -999999999',
    'subx711 subtract 9E+999999999 -1E+999999999 -> 9.99999999E+999999999 Overflow Inexact Rounded',
    'precision: 15',
    'rounding: half_up',
    'maxexponent: 999',
    'minexponent: -999',
    'sub755 subtract 1234567890 0 -> 1234567890',
    'subx813 subtract 1 -Inf -> Infinity',
    'subx854 subtract -0 sNaN -> NaN Invalid_operation',
    'subx908 subtract 2.0000000E-3 1.002000000 -> -1.0000000000',
    '# multiply',
    'precision: 9',
    'rounding: half_up',
    'maxexponent: 384',
    'minexponent: -383',
    'mulx000 multiply 2 2 -> 4',
    'precision: 6',
    'mulx017 multiply 9.999999999 9.999999999 -> 100.000 Inexact Rounded',
    'precision: 9',
    'mulx033 multiply 0E-3 00.00 -> 0.00000',
    'mulx054 multiply 654321 654321 -> 4.28135971E+11 Inexact Rounded',
    'mulx090 multiply 123456789 0.1 -> 12345678.9',
    'precision: 33',
    'maxexponent: 9999',
    'minexponent: -9999',
    'mulx109 multiply 9 900000000 -> 8100000000',
    'mulx133 multiply 3 300 -> 900',
    'mulx150 multiply 3 30000000000000000000 -> 90000000000000000000',
    'precision: 9',
    'maxexponent: 999999999',
    'minexponent: -999999999',
    'mulx185 multiply 0.1 999e-999999998 -> 9.99E-999999997',
    'mulx204 multiply 1.2e600000000 1.2e399999999 -> 1.44E+999999999',
    'precision: 17',
    'mulx262 multiply 30269.587755640502150977251770554 4.8046009735990873395936309640543 -> 145433.29080119337 Inexact Rounded',
    'precision: 9',
    'maxexponent: 9999',
    'minexponent: -9999',
    'mulx301 multiply 9 9 -> 81',
    'mulx318 multiply 9 900000000000000000 -> 8.10000000E+18 Rounded',
    'maxexponent: 999999999',
    'minexponent: -999999999',
    'mulx548 multiply 1 -0 -> -0',
    'mulx571 multiply 0.0 -1.0 -> -0.00',
    'mulx589 multiply -Inf Inf -> -Infinity',
    'mulx610 multiply -1 -Inf -> Infinity',
    'mulx632 multiply -1 NaN -> NaN',
    'mulx652 multiply -1000 sNaN -> NaN Invalid_operation',
    'mulx673 multiply sNaN97 NaN -> NaN97 Invalid_operation',
    'mulx694 multiply -sNaN16 -sNaN94 -> -NaN16 Invalid_operation',
    'mulx715 multiply -NaN -sNaN -> -NaN Invalid_operation',
    'mulx743 multiply 9e-999999998 0.1 -> 9E-999999999',
    'mulx761 multiply 1e-600000000 1e-400000002 -> 1E-1000000002 Subnormal',
    'mulx778 multiply 1e+600000000 1e+400000009 -> Infinity Overflow Inexact Rounded',
    'precision: 99999999',
    'mulx795 multiply 1e-600000000 1e-499999998 -> 0E-1099999997 Underflow Subnormal Inexact Rounded Clamped',
    'precision: 5',
    'rounding: half_even',
    'maxexponent: 999',
    'minexponent: -999',
    'mulx812 multiply 1.49E-999 1e-4 -> 1E-1003 Underflow Subnormal Inexact Rounded',
    'mulx829 multiply 9.9E-999 -1e-5 -> -1E-1003 Underflow Subnormal Inexact Rounded',
    'mulx852 multiply 4E-668 2e-334 -> 8E-1002 Subnormal',
    'maxexponent: 79',
    'minexponent: -79',
    'mulx888 multiply 1.3E-40 1.3E-42 -> 1.7E-82 Subnormal Inexact Rounded Underflow',
    '# divide',
    'precision: 9',
    'rounding: half_up',
    'maxexponent: 384',
    'minexponent: -383',
    'divx001 divide 1 1 -> 1',
    'divx016 divide 2.4 2 -> 1.2',
    'divx031 divide 100 1 -> 100',
    'divx047 divide -1 2 -> -0.5',
    'divx073 divide 999999999.9 1 -> 1.00000000E+9 Inexact Rounded',
    'divx094 divide 0.0000E-50 1 -> 0E-54',
    'divx109 divide 1 10 -> 0.1',
    'divx132 divide 12345 4.9 -> 2519.38776 Inexact Rounded',
    'maxexponent: 999999999',
    'minexponent: -999999999',
    'divx276 divide 9.99e999999999 1 -> 9.99E+999999999',
    'divx305 divide 0 7E+5 -> 0.00000',
    'divx320 divide 0 700E+6 -> 0.000000',
    'divx343 divide 0E+3 7E-5 -> 0E+8',
    'precision: 7',
    'maxexponent: 92',
    'minexponent: -92',
    'divx362 divide 0E-92 777E+7 -> 0E-98 Clamped',
    'divx387 divide 0E+90 777E-3 -> 0E+92 Clamped',
    'precision: 9',
    'maxexponent: 999',
    'minexponent: -999',
    'divx409 divide 12345678901 1 -> 1.23456789E+10 Inexact Rounded',
    'divx426 divide 1 1234567896.000000000000000000000000000000000000000009 -> 8.10000003E-10 Inexact Rounded',
    'precision: 15',
    'divx453 divide 1e+1 1 -> 1E+1',
    'divx470 divide 30e-1 200e-2 -> 1.5',
    'precision: 7',
    'maxexponent: 96',
    'minexponent: -95',
    'divx488 divide 0e5 100e1 -> 0E+4',
    'precision: 9',
    'maxexponent: 999',
    'minexponent: -999',
    'divx512 divide 1.0 2 -> 0.5',
    'divx528 divide 2 1.0000000 -> 2',
    'divx543 divide 5 2.0 -> 2.5',
    'precision: 5',
    'divx570 divide 2.4E+6 2 -> 1.2E+6',
    'precision: 6',
    'divx587 divide 24000E+2 2 -> 1.2000E+6',
    'precision: 9',
    'divx606 divide 2400E+6 2 -> 1.200E+9',
    'precision: 20',
    'divx623 divide -3374988581607586061255542201048 82293895124.90045271504836568681 -> -41011408883796817798 Inexact Rounded',
    'precision: 5',
    'divx638 divide -3374988581607586061255542201048 82293895124.90045271504836568681 -> -4.1011E+19 Inexact Rounded',
    'precision: 16',
    'maxexponent: 384',
    'minexponent: -383',
    'divx745 divide -1 0 -> -Infinity Division_by_zero',
    'divx764 divide -0 1.0 -> -0E+1',
    'divx782 divide Inf -1 -> -Infinity',
    'divx801 divide -Inf -1000 -> Infinity',
    'divx821 divide NaN -Inf -> NaN',
    'divx836 divide 1000 NaN -> NaN',
    'divx854 divide -0 sNaN -> NaN Invalid_operation',
    'divx873 divide sNaN97 NaN -> NaN97 Invalid_operation',
    'divx892 divide -sNaN98 -1 -> -NaN98 Invalid_operation',
    'maxexponent: 999999999',
    'minexponent: -999999999',
    'divx908 divide 1 0.0 -> Infinity Division_by_zero',
    'divx934 divide 1 -0 -> -Infinity Division_by_zero',
    'precision: 9',
    'divx953 divide 9E-999999999 +9.100 -> 9.8901099E-1000000000 Inexact Rounded Underflow Subnormal',
    'divx968 divide 1e-600000000 1e+400000009 -> 0E-1000000007 Underflow Subnormal Inexact Rounded Clamped',
    '# divideint',
    'precision: 9',
    'rounding: half_up',
    'maxexponent: 384',
    'minexponent: -383',
    'dvix001 divideint 1 1 -> 1',
    'dvix030 divideint 1 2 -> 0',
    'dvix161 divideint 1 10 -> 0',
    'dvix188 divideint -1 100000000 -> -0',
    'dvix091 divideint .0 1 -> 0',
    'dvix132 divideint 101.0 1 -> 101',
    'maxexponent: 999999999',
    'minexponent: -999999999',
    'dvix204 divideint 0.0001 0 -> Infinity Division_by_zero',
    'dvix281 divideint 0.1 99e-999999999 -> NaN Division_impossible',
    'dvix332 divideint +0.100 9E+999999999 -> 0',
    'precision: 15',
    'maxexponent: 999',
    'minexponent: -999',
    'dvix443 divideint 1234567800 1 -> 1234567800',
    'precision: 9',
    'dvix552 divideint -0.0 -1 -> 0',
    'dvix582 divideint Inf -1 -> -Infinity',
    'dvix611 divideint -0 -Inf -> 0',
    'dvix644 divideint sNaN -0 -> NaN Invalid_operation',
    'dvix673 divideint sNaN97 NaN -> NaN97 Invalid_operation',
    '# remainder',
    'precision: 9',
    'rounding: half_up',
    'maxexponent: 384',
    'minexponent: -383',
    'remx001 remainder 1 1 -> 0',
    'remx043 remainder 1 -16 -> 1',
    'remx085 remainder 0.00E+2 1 -> 0',
    'maxexponent: 999999999',
    'minexponent: -999999999',
    'remx131 remainder 0 -1 -> 0',
    'remx171 remainder 0.4 1.020 -> 0.400',
    'remx284 remainder 0.1 99e-999999998 -> NaN Division_impossible',
    'remx330 remainder 1.00 0.3 -> 0.10',
    'remx364 remainder 0.800 12 -> 0.800',
    'remx652 remainder 1 -1 -> 0',
    'remx710 remainder -1 -Inf -> -1',
    'remx753 remainder -1000 sNaN -> NaN Invalid_operation',
    'maxexponent: 999',
    'minexponent: -999',
    'remx810 remainder 1 12345678901 -> 1',
    'precision: 6',
    'remx870 remainder 123e1 1000000000000000 -> 1230',
    'remx909 remainder 123e1 50000000000000000 -> 1230',
    'remx950 remainder 123e1 10000000000000000 -> 1230',
    '# remainderNear',
    'precision: 9',
    'rounding: half_up',
    'maxexponent: 384',
    'minexponent: -383',
    'rmnx001 remaindernear 1 1 -> 0',
    'rmnx034 remaindernear 1 32 -> 1',
    'rmnx075 remaindernear 999999998.999 1 -> -0.001',
    'maxexponent: 999999999',
    'minexponent: -999999999',
    'rmnx110 remaindernear 1 0 -> NaN Invalid_operation',
    'rmnx151 remaindernear 0.50 1.020 -> 0.500',
    'rmnx181 remaindernear 1 2 -> 1',
    'rmnx211 remaindernear 1E+1000 0 -> NaN Invalid_operation',
    'rmnx288 remaindernear 0.1 99999e-999999997 -> NaN Division_impossible',
    'rmnx329 remaindernear 1.0 0.3 -> 0.1',
    'rmnx358 remaindernear 4.0000001 2 -> 1E-7',
    'rmnx402 remaindernear 0.45 1 -> 0.45',
    'rmnx653 remaindernear -1 -1 -> -0',
    'rmnx706 remaindernear -Inf 1000 -> NaN Invalid_operation',
    'rmnx743 remaindernear -sNaN -1 -> -NaN Invalid_operation',
    'rmnx782 remaindernear 1 0.99e999999999 -> 1',
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
