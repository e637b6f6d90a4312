h = 'helper'
