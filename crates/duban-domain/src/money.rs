//! Money is an exact integer number of yuan. Officials read it in 万元 (10⁴) and 亿元 (10⁸);
//! these helpers convert for display and input without floating point.

pub const WAN: i64 = 10_000;
pub const YI: i64 = 100_000_000;

/// `1_250_000_000` → `12.5亿元`, `8_500_000` → `850万元`, `3_000` → `3000元`.
pub fn format_yuan(yuan: i64) -> String {
    let sign = if yuan < 0 { "-" } else { "" };
    let v = yuan.unsigned_abs();
    if v >= YI as u64 {
        format!("{sign}{}亿元", decimal(v, YI as u64, 2))
    } else if v >= WAN as u64 {
        format!("{sign}{}万元", decimal(v, WAN as u64, 2))
    } else {
        format!("{sign}{v}元")
    }
}

/// Yuan for a reader of `lang`: in Chinese as [`format_yuan`]; in English in millions
/// (`1_250_000_000` → `1,250 million yuan`) or yuan (`3_000` → `3,000 yuan`), with thousands
/// separators, never 万 or 亿.
pub fn format_yuan_in(lang: crate::lang::Lang, yuan: i64) -> String {
    if !lang.is_en() {
        return format_yuan(yuan);
    }
    let sign = if yuan < 0 { "-" } else { "" };
    let v = yuan.unsigned_abs();
    if v >= 1_000_000 {
        format!("{sign}{} million yuan", grouped(&decimal(v, 1_000_000, 2)))
    } else {
        format!("{sign}{} yuan", grouped(&v.to_string()))
    }
}

/// Thousands separators in a plain decimal number: `316938.43` → `316,938.43`.
pub fn grouped(number: &str) -> String {
    let (int, frac) = match number.split_once('.') {
        Some((i, f)) => (i, Some(f)),
        None => (number, None),
    };
    let (sign, digits) = match int.strip_prefix('-') {
        Some(d) => ("-", d),
        None => ("", int),
    };
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    match frac {
        Some(f) => format!("{sign}{out}.{f}"),
        None => format!("{sign}{out}"),
    }
}

/// `value / unit` with up to `places` decimals, trailing zeros dropped, rounded half up.
fn decimal(value: u64, unit: u64, places: u32) -> String {
    let scale = 10u64.pow(places);
    let scaled = (value as u128 * scale as u128 + unit as u128 / 2) / unit as u128;
    let whole = scaled / scale as u128;
    let frac = scaled % scale as u128;
    if frac == 0 {
        return whole.to_string();
    }
    let s = format!("{whole}.{frac:0width$}", width = places as usize);
    s.trim_end_matches('0').to_string()
}

/// Yuan as 万元 with two decimals, for sheets whose unit is 万元: `12_345_678` → `1234.57`.
pub fn wan(yuan: i64) -> String {
    let sign = if yuan < 0 { "-" } else { "" };
    let cents_of_wan = (yuan.unsigned_abs() as u128 * 100 + WAN as u128 / 2) / WAN as u128;
    format!("{sign}{}.{:02}", cents_of_wan / 100, cents_of_wan % 100)
}

/// An amount typed in 万元 (`1234.5`, `１２３４．５` with full-width digits, `1,234.5`) as whole
/// yuan; at most four decimals (one yuan), never negative. `None` for anything else.
pub fn parse_wan(typed: &str) -> Option<i64> {
    let s: String = typed
        .trim()
        .chars()
        .map(|c| match c {
            '０'..='９' => char::from_u32(c as u32 - '０' as u32 + '0' as u32).unwrap_or(c),
            '．' => '.',
            other => other,
        })
        .filter(|c| *c != ',' && *c != '，')
        .collect();
    let (whole, frac) = s.split_once('.').unwrap_or((&s, ""));
    let digits = |t: &str| !t.is_empty() && t.chars().all(|c| c.is_ascii_digit());
    if !digits(whole) || (!frac.is_empty() && !digits(frac)) || frac.len() > 4 {
        return None;
    }
    let whole: i64 = whole.parse().ok()?;
    let frac: i64 = format!("{frac:0<4}").parse().ok()?;
    whole.checked_mul(WAN)?.checked_add(frac)
}

/// Percent of `part` in `whole`, one decimal, for display (`None` when there is no plan).
pub fn percent(part: i64, whole: i64) -> Option<f64> {
    if whole <= 0 {
        return None;
    }
    let permille = (part as i128 * 1000 + whole as i128 / 2) / whole as i128;
    Some(permille as f64 / 10.0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_readers_get_millions_with_separators_and_no_wan() {
        use crate::lang::Lang;
        assert_eq!(
            format_yuan_in(Lang::En, 1_250_000_000),
            "1,250 million yuan"
        );
        assert_eq!(format_yuan_in(Lang::En, 52_369_200), "52.37 million yuan");
        assert_eq!(format_yuan_in(Lang::En, 3_000), "3,000 yuan");
        assert_eq!(format_yuan_in(Lang::En, 0), "0 yuan");
        assert_eq!(format_yuan_in(Lang::ZhCn, 8_500_000), "850万元");
        assert_eq!(grouped("316938.43"), "316,938.43");
        assert_eq!(grouped("-1234567"), "-1,234,567");
        assert_eq!(grouped("999"), "999");
    }

    #[test]
    fn parses_wan_as_people_type_it() {
        assert_eq!(parse_wan("1234.5"), Some(12_345_000));
        assert_eq!(parse_wan(" 1,234 "), Some(12_340_000));
        assert_eq!(parse_wan("１２．３４５６"), Some(123_456));
        assert_eq!(parse_wan("0"), Some(0));
        assert_eq!(parse_wan("5."), Some(50_000));
        for bad in ["", "-5", "1.23456", "abc", "1.2.3", ".5"] {
            assert_eq!(parse_wan(bad), None, "{bad}");
        }
        assert_eq!(parse_wan("99999999999999999999"), None);
    }

    #[test]
    fn formats() {
        assert_eq!(format_yuan(1_250_000_000), "12.5亿元");
        assert_eq!(format_yuan(8_500_000), "850万元");
        assert_eq!(format_yuan(8_512_345), "851.23万元");
        assert_eq!(format_yuan(3_000), "3000元");
        assert_eq!(format_yuan(200_000_000), "2亿元");
        assert_eq!(format_yuan(-50_000), "-5万元");
    }

    #[test]
    fn wan_with_two_decimals() {
        assert_eq!(wan(12_345_678), "1234.57");
        assert_eq!(wan(10_000), "1.00");
        assert_eq!(wan(0), "0.00");
        assert_eq!(wan(-5_000), "-0.50");
    }

    #[test]
    fn percents() {
        assert_eq!(percent(2_208, 2_470), Some(89.4));
        assert_eq!(percent(14, 15), Some(93.3));
        assert_eq!(percent(1, 0), None);
    }
}
