#pragma once

#include <cstddef>
#include <vector>

namespace Portrait {

/// Asks the system to back the whole 2 MB pages inside [data, data + bytes) with large pages, where
/// it offers them only on request (Linux transparent huge pages in "madvise" mode, the usual
/// default). Call it before the memory is first written. Does nothing elsewhere or below 2 MB.
void adviseLargePages(const void *data, std::size_t bytes);

/// Reserves room for n elements of a per-customer or per-order column and advises it: a fresh
/// million-row column otherwise faults in 4 KB at a time, which on the first open of a large
/// project cost more than computing what goes in it.
template<typename Column>
void reserveColumn(Column &column, std::size_t n)
{
    using Size = decltype(column.capacity());
    column.reserve(Size(n));
    adviseLargePages(column.data(), std::size_t(column.capacity()) * sizeof(*column.data()));
}

/// Makes column n copies of value, advised as by reserveColumn.
template<typename T>
void fillColumn(std::vector<T> &column, std::size_t n, const T &value)
{
    reserveColumn(column, n);
    column.assign(n, value);
}

/// A fresh column of n copies of value, advised as by reserveColumn.
template<typename T>
std::vector<T> filledColumn(std::size_t n, const T &value)
{
    std::vector<T> column;
    fillColumn(column, n, value);
    return column;
}

} // namespace Portrait
