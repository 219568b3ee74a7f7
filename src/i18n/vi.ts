/**
 * Every UI string a reader or editor sees, in one place. Field labels and
 * hints live with their field in src/schema (one definition per field).
 */
export const vi = {
  site: {
    skipToContent: 'Chuyển đến nội dung chính',
    home: 'Trang chủ',
    news: 'Tin tức',
    menu: 'Danh mục',
  },
  article: {
    published: 'Ngày đăng',
    updated: 'Cập nhật',
    views: 'Lượt xem',
    source: 'Nguồn',
    related: 'Bài liên quan',
    withdrawn: 'Bài viết đã được gỡ',
    withdrawnReason: 'Lý do',
  },
  search: {
    label: 'Tìm kiếm',
    placeholder: 'Nhập từ khóa, có dấu hoặc không dấu',
    submit: 'Tìm',
  },
} as const;
