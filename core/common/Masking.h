#pragma once

#include <QString>

// Masking personal data wherever it leaves the office (PIPL): notices, exports for publication.
namespace dd {

QString maskName(QStringView name); // 张三 → 张*, 张三丰 → 张*丰, 欧阳娜娜 → 欧**娜
QString maskPhone(QStringView phone); // 13812345678 → 138****5678, 0871-1234567 → 0871-***4567
QString maskIdNumber(QStringView id); // first 6 + last 4
QString maskFreeText(QStringView text); // every mobile and ID number inside free text

} // namespace dd
