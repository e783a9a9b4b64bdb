#pragma once

// The Boost.Math headers the lifetime models use, named by macros: `#include PORTRAIT_BOOST_DIGAMMA`.
// lupdate (update_translations, the translations_complete test) parses every header an #include
// resolves to, and Boost.Math's would take it many minutes; an #include of a macro it leaves alone.
#define PORTRAIT_BOOST_DIGAMMA <boost/math/special_functions/digamma.hpp>
#define PORTRAIT_BOOST_GAMMA <boost/math/special_functions/gamma.hpp>
#define PORTRAIT_BOOST_HYPERGEOMETRIC_PFQ <boost/math/special_functions/hypergeometric_pFq.hpp>
