//! The State Council's published holiday arrangements (国务院办公厅关于部分节假日安排的通知):
//! days off (放假, including 调休 weekdays) and weekend days that are working days (调休上班).
//! Admins add or remove days through the calendar overrides, which take precedence.
//!
//! Sources:
//! - 2025: 国办发明电〔2024〕12号, gov.cn/zhengce/content/202411/content_6986382.htm
//! - 2026: 国务院办公厅关于2026年部分节假日安排的通知 (published November 2025, gov.cn)
//! - 2027: the arrangement was not available when this table was written. Listed are the
//!   statutory holidays of 《全国年节及纪念日放假办法》(2024 revision) on their 2027 dates
//!   only, with no 调休; enter the published arrangement with `duban calendar` when it
//!   appears.

/// The years whose published arrangement (with its 调休) is in this table. A year not
/// listed has at most its statutory holidays here, and no make-up working days.
pub const PUBLISHED_YEARS: &[i32] = &[2025, 2026];

/// `(year, month, day)` of each day off that falls on a weekday or weekend.
pub const HOLIDAYS: &[(i32, u32, u32)] = &[
    // 2025
    (2025, 1, 1),
    (2025, 1, 28),
    (2025, 1, 29),
    (2025, 1, 30),
    (2025, 1, 31),
    (2025, 2, 1),
    (2025, 2, 2),
    (2025, 2, 3),
    (2025, 2, 4),
    (2025, 4, 4),
    (2025, 4, 5),
    (2025, 4, 6),
    (2025, 5, 1),
    (2025, 5, 2),
    (2025, 5, 3),
    (2025, 5, 4),
    (2025, 5, 5),
    (2025, 5, 31),
    (2025, 6, 1),
    (2025, 6, 2),
    (2025, 10, 1),
    (2025, 10, 2),
    (2025, 10, 3),
    (2025, 10, 4),
    (2025, 10, 5),
    (2025, 10, 6),
    (2025, 10, 7),
    (2025, 10, 8),
    // 2026
    (2026, 1, 1),
    (2026, 1, 2),
    (2026, 1, 3),
    (2026, 2, 15),
    (2026, 2, 16),
    (2026, 2, 17),
    (2026, 2, 18),
    (2026, 2, 19),
    (2026, 2, 20),
    (2026, 2, 21),
    (2026, 2, 22),
    (2026, 2, 23),
    (2026, 4, 4),
    (2026, 4, 5),
    (2026, 4, 6),
    (2026, 5, 1),
    (2026, 5, 2),
    (2026, 5, 3),
    (2026, 5, 4),
    (2026, 5, 5),
    (2026, 6, 19),
    (2026, 6, 20),
    (2026, 6, 21),
    (2026, 9, 25),
    (2026, 9, 26),
    (2026, 9, 27),
    (2026, 10, 1),
    (2026, 10, 2),
    (2026, 10, 3),
    (2026, 10, 4),
    (2026, 10, 5),
    (2026, 10, 6),
    (2026, 10, 7),
    // 2027 (statutory days only, see above): 元旦; 春节 除夕 to 初三; 清明; 劳动节 two days;
    // 端午; 中秋; 国庆 three days.
    (2027, 1, 1),
    (2027, 2, 5),
    (2027, 2, 6),
    (2027, 2, 7),
    (2027, 2, 8),
    (2027, 4, 5),
    (2027, 5, 1),
    (2027, 5, 2),
    (2027, 6, 9),
    (2027, 9, 15),
    (2027, 10, 1),
    (2027, 10, 2),
    (2027, 10, 3),
];

/// Weekend days that are official working days (调休上班).
pub const MAKEUP_WORKDAYS: &[(i32, u32, u32)] = &[
    // 2025
    (2025, 1, 26),
    (2025, 2, 8),
    (2025, 4, 27),
    (2025, 9, 28),
    (2025, 10, 11),
    // 2026
    (2026, 1, 4),
    (2026, 2, 14),
    (2026, 2, 28),
    (2026, 5, 9),
    (2026, 9, 20),
    (2026, 10, 10),
];
